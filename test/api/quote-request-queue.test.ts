import { describe, expect, it } from "vitest";
import { errorCode, startTestApp } from "../support/app.js";

const t = await startTestApp();
const sales = await t.signIn("SALES");
const other = await t.signIn("SALES");
const admin = await t.signIn("ADMIN");

const FIELDS = `id reference status catalogSlug planKey addOnKeys planName addOnNames total company contactName email message
  figures { licensePrice projectBudget termYears goLiveDate agents bots }
  owner { id name email } takenAt closeReason closedAt quoteId quoteNumber`;
const REQUEST = `mutation($input: QuoteRequestInput!) { requestQuote(input: $input) { reference } }`;
const QUEUE = `query($status: QuoteRequestStatus, $first: Int, $after: String) {
  quoteRequests(status: $status, first: $first, after: $after) { requests { ${FIELDS} } nextCursor }
}`;
const TAKE = `mutation($id: ID!) { takeQuoteRequest(id: $id) { ${FIELDS} } }`;
const CLOSE = `mutation($id: ID!, $reason: String!) { closeQuoteRequest(id: $id, reason: $reason) { ${FIELDS} } }`;
const CONVERT = `mutation($id: ID!) {
  convertQuoteRequest(id: $id) {
    request { ${FIELDS} }
    quote { id number status requestReference customer { company name email } figures { licensePrice projectBudget termYears goLiveDate }
            options { planKey addOnKeys total } }
  }
}`;

let seq = 0;
/** A new request from the public page; returns its id as the queue shows it. */
async function newRequest(input: Record<string, unknown> = {}): Promise<{ id: string; reference: string }> {
  const answer = await t.gql(REQUEST, {
    input: { catalogSlug: "aimaras", planKey: "business", projectBudget: "40000", goLiveDate: "2027-01-15", termYears: 2, company: `Co ${++seq}`, contactName: "Ann Lee", email: "ann@co.example", message: "Call me", ...input },
  });
  expect(answer.errors).toBeUndefined();
  const reference = answer.data.requestQuote.reference;
  const queue = await sales.gql(QUEUE, { first: 200 });
  const found = queue.data.quoteRequests.requests.find((r: { reference: string }) => r.reference === reference);
  return { id: found.id, reference };
}

describe("the sales queue of quote requests", () => {
  it("lists requests newest first with what the prospect gave, filtered by status and paged", async () => {
    const a = await newRequest();
    const b = await newRequest({ catalogSlug: "pipe17", planKey: "standard", addOnKeys: ["premium"], projectBudget: null, goLiveDate: null });
    const page = await sales.gql(QUEUE, { status: "OPEN", first: 1 });
    expect(page.data.quoteRequests.requests).toHaveLength(1);
    expect(page.data.quoteRequests.requests[0]).toMatchObject({ reference: b.reference, status: "OPEN", planKey: "standard", addOnKeys: ["premium"], planName: "Standard Support", addOnNames: ["Premium Support"], owner: null });
    const next = await sales.gql(QUEUE, { status: "OPEN", first: 1, after: page.data.quoteRequests.nextCursor });
    expect(next.data.quoteRequests.requests[0]).toMatchObject({
      reference: a.reference,
      catalogSlug: "aimaras",
      total: "9600.00",
      contactName: "Ann Lee",
      email: "ann@co.example",
      message: "Call me",
      figures: { projectBudget: "40000", termYears: 2, goLiveDate: "2027-01-15", licensePrice: null },
    });
  });

  it("a rep takes a request: it shows whose it is, and another rep cannot take it", async () => {
    const r = await newRequest();
    const taken = await sales.gql(TAKE, { id: r.id });
    expect(taken.data.takeQuoteRequest).toMatchObject({ status: "TAKEN", owner: { id: sales.user.id, email: sales.email } });
    expect(taken.data.takeQuoteRequest.takenAt).toBeTruthy();
    expect((await sales.gql(TAKE, { id: r.id })).data.takeQuoteRequest.status).toBe("TAKEN");
    const refused = await other.gql(TAKE, { id: r.id });
    expect(errorCode(refused)).toBe("CONFLICT");
    expect(refused.errors![0].message).toContain("already taken by");
    expect(errorCode(await other.gql(CLOSE, { id: r.id, reason: "mine now" }))).toBe("FORBIDDEN");
    const taken2 = await sales.gql(QUEUE, { status: "TAKEN", first: 200 });
    expect(taken2.data.quoteRequests.requests.map((q: { reference: string }) => q.reference)).toContain(r.reference);
  });

  it("closes a request with a reason; a closed one cannot be taken or converted", async () => {
    const r = await newRequest();
    expect(errorCode(await sales.gql(CLOSE, { id: r.id, reason: "  " }))).toBe("BAD_USER_INPUT");
    const closed = await sales.gql(CLOSE, { id: r.id, reason: "A duplicate of an earlier request" });
    expect(closed.data.closeQuoteRequest).toMatchObject({ status: "CLOSED", closeReason: "A duplicate of an earlier request", owner: { id: sales.user.id } });
    expect(errorCode(await other.gql(TAKE, { id: r.id }))).toBe("CONFLICT");
    expect(errorCode(await sales.gql(CONVERT, { id: r.id }))).toBe("CONFLICT");
  });

  it("converts a request into a draft quote with its customer, plan and figures; each names the other", async () => {
    const r = await newRequest();
    await sales.gql(TAKE, { id: r.id });
    const answer = await sales.gql(CONVERT, { id: r.id });
    expect(answer.errors).toBeUndefined();
    const { request, quote } = answer.data.convertQuoteRequest;
    expect(quote).toMatchObject({
      status: "DRAFT",
      requestReference: r.reference,
      customer: { company: request.company, name: "Ann Lee", email: "ann@co.example" },
      figures: { projectBudget: "40000", termYears: 2, goLiveDate: "2027-01-15", licensePrice: null },
      options: [{ planKey: "business", addOnKeys: [], total: "9600.00" }],
    });
    expect(quote.number).toMatch(/^Q-\d{4}-\d{4}$/);
    expect(request).toMatchObject({ status: "CONVERTED", quoteId: quote.id, quoteNumber: quote.number, owner: { id: sales.user.id } });
    const again = await sales.gql(CONVERT, { id: r.id });
    expect(errorCode(again)).toBe("CONFLICT");
    const shown = await sales.gql(`query($id: ID) { quote(id: $id) { requestReference } }`, { id: quote.id });
    expect(shown.data.quote.requestReference).toBe(r.reference);
  });

  it("an admin may convert a request another rep took; an open one becomes the converter's", async () => {
    const r = await newRequest({ catalogSlug: "pipe17", planKey: "standard", addOnKeys: ["premium"], projectBudget: null, goLiveDate: null });
    await other.gql(TAKE, { id: r.id });
    expect(errorCode(await sales.gql(CONVERT, { id: r.id }))).toBe("FORBIDDEN");
    const byAdmin = await admin.gql(CONVERT, { id: r.id });
    expect(byAdmin.errors).toBeUndefined();
    expect(byAdmin.data.convertQuoteRequest.quote.options).toEqual([{ planKey: "standard", addOnKeys: ["premium"], total: null }]);
    expect(byAdmin.data.convertQuoteRequest.request.owner.id).toBe(other.user.id);

    const open = await newRequest();
    const converted = await sales.gql(CONVERT, { id: open.id });
    expect(converted.data.convertQuoteRequest.request.owner.id).toBe(sales.user.id);
  });

  it("lets one of two reps taking a request at once have it", async () => {
    const r = await newRequest();
    const answers = await Promise.all([sales.gql(TAKE, { id: r.id }), other.gql(TAKE, { id: r.id })]);
    expect(answers.map(errorCode).sort()).toEqual(["CONFLICT", undefined].sort());
    const winner = answers.find((a) => !a.errors)!.data.takeQuoteRequest.owner.id;
    expect([sales.user.id, other.user.id]).toContain(winner);
  });

  it("makes one quote when a request is converted twice at once", async () => {
    const r = await newRequest();
    const answers = await Promise.all([sales.gql(CONVERT, { id: r.id }), sales.gql(CONVERT, { id: r.id })]);
    expect(answers.map(errorCode).sort()).toEqual(["CONFLICT", undefined].sort());
    const quotes = await t.dataSource.query(`SELECT count(*)::int AS n FROM quote WHERE customer_company = $1`, [`Co ${seq}`]);
    expect(quotes[0].n).toBe(1);
  });

  it("says NOT_FOUND for a request that does not exist", async () => {
    for (const id of ["00000000-0000-4000-8000-000000000000", "not-an-id"]) {
      expect(errorCode(await sales.gql(TAKE, { id }))).toBe("NOT_FOUND");
    }
  });
});
