import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { errorCode, startTestApp, type GraphQLAnswer } from "../support/app.js";

/** Issue 10: every input is bounded at the edge; a NUL or an overlong value is bad input naming its field, never a fault. */
const t = await startTestApp({ rateLimitPerMinute: 0 });
let sales: Awaited<ReturnType<typeof t.signIn>>;
let admin: Awaited<ReturnType<typeof t.signIn>>;
let errorLines: ReturnType<typeof vi.spyOn>;
beforeAll(async () => {
  sales = await t.signIn("SALES");
  admin = await t.signIn("ADMIN");
});
afterEach(() => {
  // Nothing of this file is a fault of the server: not one error-level line.
  expect(errorLines?.mock.calls ?? []).toEqual([]);
});
errorLines = vi.spyOn(t.app.http.log, "error");

const NUL = "a\u0000b";
const customer = { company: "Acme", name: "Jane", email: "jane@acme.example" };

function refused(answer: GraphQLAnswer, field: string, words: RegExp) {
  expect(answer.status).toBeLessThan(500);
  expect(answer.errors).toHaveLength(1);
  expect(answer.errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field });
  expect(answer.errors![0].message).toMatch(words);
  expect(JSON.stringify(answer)).not.toMatch(/stack|QueryFailed|at .*\.js/);
}

async function sentToken(): Promise<string> {
  const created = await sales.gql(`mutation($input: QuoteInput!) { createQuote(input: $input) { id lockVersion } }`, {
    input: { catalogSlug: "pipe17", customer, options: [{ planKey: "standard" }] },
  });
  const { id, lockVersion } = created.data.createQuote;
  const sent = await sales.gql(`mutation($id: ID!, $v: Int!) { sendQuote(id: $id, lockVersion: $v) { link { token } } }`, { id, v: lockVersion });
  return sent.data.sendQuote.link.token;
}

describe("a NUL character in any string argument", () => {
  it("catalog(slug) as a literal and as a variable", async () => {
    refused(await t.gql(`{ catalog(slug: "a\\u0000") { slug } }`), "slug", /slug must not contain a NUL character/);
    refused(await t.gql(`query($s: String!) { catalog(slug: $s) { slug } }`, { s: NUL }), "slug", /NUL/);
  });

  it("login, priceQuote, createQuote and declineSharedQuote", async () => {
    refused(await t.gql(`mutation($e: String!) { login(email: $e, password: "x") { id } }`, { e: NUL }), "email", /NUL/);
    refused(await t.gql(`{ priceQuote(input: { catalogSlug: "pipe17", planKey: "a\\u0000" }) { total } }`), "planKey", /planKey must not/);
    const create = await sales.gql(`mutation($input: QuoteInput!) { createQuote(input: $input) { id } }`, {
      input: { catalogSlug: "pipe17", customer: { ...customer, company: NUL }, options: [{ planKey: "standard" }] },
    });
    refused(create, "customer.company", /customer\.company must not contain a NUL/);
    const token = await sentToken();
    refused(await t.gql(`mutation($t: String!, $r: String) { declineSharedQuote(token: $t, reason: $r) { status } }`, { t: token, r: NUL }), "reason", /NUL/);
    expect((await t.gql(`query($t: String!) { sharedQuote(token: $t) { status } }`, { t: token })).data.sharedQuote.status).toBe("SENT");
  });

  it("one operation text, checked against each request's own variables", async () => {
    // Where an operation takes arguments is worked out once per text; the values are every request's own.
    const query = `query($s: String!) { catalog(slug: $s) { slug } }`;
    expect((await t.gql(query, { s: "pipe17" })).data.catalog.slug).toBe("pipe17");
    refused(await t.gql(query, { s: NUL }), "slug", /NUL/);
    refused(await t.gql(query, { s: "x".repeat(100_000) }), "slug", /slug is at most/);
    expect((await t.gql(query, { s: "pipe17" })).data.catalog.slug).toBe("pipe17");
  });

  it("inside a list and inside a JSON document", async () => {
    refused(await t.gql(`{ priceQuote(input: { catalogSlug: "pipe17", planKey: "standard", addOnKeys: ["x", "\\u0000"] }) { total } }`), "addOnKeys[1]", /NUL/);
    const imported = await admin.gql(`mutation($d: JSON!) { importCatalog(document: $d) { slug } }`, { d: { slug: "x", plans: [{ name: NUL }] } });
    refused(imported, "document.plans[0].name", /NUL/);
  });
});

describe("string lengths", () => {
  it("a 900 KB email is bad input, not a database error", async () => {
    const email = `${"a".repeat(900_000)}@example.com`;
    refused(await t.gql(`mutation($e: String!) { login(email: $e, password: "x") { id } }`, { e: email }), "email", /email is at most 254 characters \(900012 given\)/);
  });

  it("declineSharedQuote: a name of 200 and a reason of 4,000 characters at most; the quote stays sent", async () => {
    const token = await sentToken();
    const decline = `mutation($t: String!, $n: String, $r: String) { declineSharedQuote(token: $t, name: $n, reason: $r) { status } }`;
    refused(await t.gql(decline, { t: token, n: "n".repeat(201) }), "name", /name is at most 200 characters/);
    refused(await t.gql(decline, { t: token, r: "r".repeat(4001) }), "reason", /reason is at most 4000 characters/);
    expect((await t.gql(`query($t: String!) { sharedQuote(token: $t) { status } }`, { t: token })).data.sharedQuote.status).toBe("SENT");
    const fine = await t.gql(decline, { t: token, n: "n".repeat(200), r: "r".repeat(4000) });
    expect(fine.errors).toBeUndefined();
    expect(fine.data.declineSharedQuote.status).toBe("DECLINED");
  });

  it("a Decimal beyond any amount is refused before it reaches a numeric column", async () => {
    refused(await t.gql(`{ priceQuote(input: { catalogSlug: "beesender", planKey: "business", licensePrice: "${"9".repeat(100)}" }) { total } }`), "licensePrice", /at most 40/);
  });
});

describe("list lengths", () => {
  const plan = (holidays: string[]) => ({
    key: "standard",
    name: "Standard",
    pricing: { kind: "INCLUDED" },
    calendar: { zones: ["UTC"], windows: [{ days: ["MONDAY"], start: "09:00", end: "17:00" }], holidays },
  });
  const day = (i: number) => new Date(Date.UTC(2026, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);

  it("10,000 holidays are refused, naming the field; nothing of the draft changes", async () => {
    const draft = await admin.gql(`{ catalogDraft(slug: "pipe17") { revision } }`);
    const revision = draft.data.catalogDraft.revision;
    const answer = await admin.gql(`mutation($r: Int!, $p: PlanInput!) { updatePlan(slug: "pipe17", revision: $r, key: "standard", plan: $p) { revision } }`, {
      r: revision,
      p: plan(Array.from({ length: 10_000 }, (_, i) => day(i))),
    });
    refused(answer, "calendar.holidays", /holidays takes at most 400 items \(10000 given\)/);
    expect((await admin.gql(`{ catalogDraft(slug: "pipe17") { revision } }`)).data.catalogDraft.revision).toBe(revision);
  });

  it("10,000 discount lines are refused", async () => {
    const discounts = Array.from({ length: 10_000 }, () => ({ kind: "PERCENT", value: "1", reason: "x" }));
    const answer = await sales.gql(`mutation($input: QuoteInput!) { createQuote(input: $input) { id } }`, {
      input: { catalogSlug: "pipe17", customer, options: [{ planKey: "standard", discounts }] },
    });
    refused(answer, "options[0].discounts", /at most 20 items/);
  });

  it("list items sent count in the cost limit: fifty aliased reads carrying 100 keys each are refused before any runs", async () => {
    const keys = JSON.stringify(Array.from({ length: 100 }, (_, i) => `k${i}`));
    const fields = Array.from({ length: 50 }, (_, i) => `a${i}: priceQuote(input: { catalogSlug: "pipe17", planKey: "standard", addOnKeys: ${keys} }) { total }`);
    const answer = await t.gql(`{ ${fields.join("\n")} }`);
    expect(answer.status).toBe(400);
    expect(errorCode(answer)).toBe("BAD_USER_INPUT");
    expect(answer.errors![0].message).toMatch(/beyond a cost of 5000/);
    expect(answer.data ?? null).toBeNull();
  });
});

describe("dates, zones and offsets", () => {
  it("a date that does not exist, and zones or offsets out of range, are bad input naming the field", async () => {
    const price = await t.gql(`{ priceQuote(input: { catalogSlug: "aimaras", planKey: "basic", projectBudget: "40000", goLiveDate: "2026-02-30" }) { total } }`);
    expect(price.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "goLiveDate" });
    for (const timeZone of ["+15:00", "-13:00", "+99:99", "Mars/Olympus"]) {
      const due = await t.gql(`query($z: String) { slaDueAt(input: { catalogSlug: "pipe17", planKey: "standard", priorityKey: "low", submittedAt: "2026-11-20T10:00:00Z", timeZone: $z }) { dueAt } }`, { z: timeZone });
      expect(due.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "timeZone" });
    }
    const quote = await sales.gql(`mutation($input: QuoteInput!) { createQuote(input: $input) { id } }`, {
      input: { catalogSlug: "pipe17", customer, timeZone: "+14:30", options: [{ planKey: "standard" }] },
    });
    expect(quote.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "timeZone" });
  });

  it("an imported document's lists are bounded by the same names: 10,000 holidays are refused", async () => {
    const holidays = Array.from({ length: 10_000 }, () => "2026-12-25");
    const answer = await admin.gql(`mutation($d: JSON!) { importCatalog(document: $d) { slug } }`, { d: { slug: "many-holidays", plans: [{ calendar: { holidays } }] } });
    refused(answer, "document.plans[0].calendar.holidays", /at most 400 items/);
  });
});
