import { beforeAll, describe, expect, it } from "vitest";
import { errorCode, startTestApp } from "../support/app.js";

/** Issue 7: approval requests and the queue, owners, the preview, and what a quote allows. */
let now = new Date("2026-11-22T10:00:00Z");
const t = await startTestApp({ clock: () => now });

const FIELDS = `id number status lockVersion approvalRequired approved allowedActions canSend sendBlockers warnings
  owner { id name }
  approval { state reasons requestedBy { name } requestedAt note approvedBy { name } approvedAt rejectedBy { name } rejectionReason }`;
const CREATE = `mutation($input: QuoteInput!) { createQuote(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $v: Int!, $input: QuoteInput!) { updateQuote(id: $id, lockVersion: $v, input: $input) { ${FIELDS} } }`;
const SEND = `mutation($id: ID!, $v: Int!) { sendQuote(id: $id, lockVersion: $v) { quote { status } } }`;
const REQUEST = `mutation($id: ID!, $note: String) { requestQuoteApproval(id: $id, note: $note) { ${FIELDS} } }`;
const QUEUE = `{ quotes(filter: { awaitingApproval: true }, first: 100) { quotes { number } } }`;

const customer = { company: "Acme Corp", name: "Jane Buyer", email: "jane@acme.example" };
const discounted = (value: string, extra: Record<string, unknown> = {}) => ({
  catalogSlug: "beesender",
  customer,
  licensePrice: "50000",
  options: [{ planKey: "business", discounts: [{ kind: "PERCENT", value, reason: "Competitive deal" }] }],
  ...extra,
});

let rita: Awaited<ReturnType<typeof t.signIn>>;
let sam: Awaited<ReturnType<typeof t.signIn>>;
let admin: Awaited<ReturnType<typeof t.signIn>>;
beforeAll(async () => {
  rita = await t.signIn("SALES");
  sam = await t.signIn("SALES");
  admin = await t.signIn("ADMIN");
});

async function create(input: Record<string, unknown>, as = rita) {
  const answer = await as.gql(CREATE, { input });
  expect(answer.errors).toBeUndefined();
  return answer.data.createQuote;
}

const queue = async () => (await admin.gql(QUEUE)).data.quotes.quotes.map((q: any) => q.number);

describe("the approval workflow", () => {
  it("a rep asks with a note, admins find it in the queue, approve it, and the rep sends", async () => {
    const q = await create(discounted("20"));
    expect(q.approval).toMatchObject({ state: "NEEDED", reasons: ["The discounts take 20% off, more than the 15% sales may give alone"], requestedBy: null });
    expect(q.canSend).toBe(false);
    expect(q.allowedActions).toEqual(["EDIT", "REQUEST_APPROVAL"]);
    expect(q.sendBlockers).toEqual(["An admin must approve it first: The discounts take 20% off, more than the 15% sales may give alone"]);

    const asked = (await rita.gql(REQUEST, { id: q.id, note: "Competitor offers 18%" })).data.requestQuoteApproval;
    expect(asked.approval).toMatchObject({ state: "REQUESTED", requestedBy: { name: "SALES user" }, requestedAt: "2026-11-22T10:00:00.000Z", note: "Competitor offers 18%" });
    expect(asked.sendBlockers).toEqual(["It is waiting for an admin's approval"]);
    expect(await queue()).toContain(q.number);

    const approved = (await admin.gql(`mutation($id: ID!, $v: Int!) { approveQuote(id: $id, lockVersion: $v) { ${FIELDS} } }`, { id: q.id, v: asked.lockVersion })).data.approveQuote;
    expect(approved.approval).toMatchObject({ state: "APPROVED", approvedBy: { name: "ADMIN user" }, approvedAt: "2026-11-22T10:00:00.000Z" });
    expect(await queue()).not.toContain(q.number);
    const mine = (await rita.gql(`query($id: ID!) { quote(id: $id) { canSend allowedActions sendBlockers } }`, { id: q.id })).data.quote;
    expect(mine).toEqual({ canSend: true, allowedActions: ["EDIT", "SEND"], sendBlockers: [] });
    expect((await rita.gql(SEND, { id: q.id, v: approved.lockVersion })).data.sendQuote.quote.status).toBe("SENT");
    const audit = (await admin.gql(`{ auditLog(first: 50) { entries { action summary } } }`)).data.auditLog.entries;
    expect(audit.map((e: any) => e.action)).toEqual(expect.arrayContaining(["quote.request-approval", "quote.approve"]));
  });

  it("an admin rejects with a reason the rep sees; a change leaves the queue and asks again", async () => {
    const q = await create(discounted("25"));
    const asked = (await rita.gql(REQUEST, { id: q.id })).data.requestQuoteApproval;
    const rejected = await admin.gql(`mutation($id: ID!, $v: Int!, $r: String!) { rejectQuote(id: $id, lockVersion: $v, reason: $r) { ${FIELDS} } }`, {
      id: q.id,
      v: asked.lockVersion,
      r: "Too deep: 15% at most",
    });
    expect(rejected.data.rejectQuote.approval).toMatchObject({ state: "REJECTED", rejectedBy: { name: "ADMIN user" }, rejectionReason: "Too deep: 15% at most" });
    // As the admin who answered sees it.
    expect(rejected.data.rejectQuote.allowedActions).toEqual(["EDIT", "REQUEST_APPROVAL", "APPROVE", "ASSIGN"]);
    expect(await queue()).not.toContain(q.number);
    const changed = (await rita.gql(UPDATE, { id: q.id, v: rejected.data.rejectQuote.lockVersion, input: discounted("18") })).data.updateQuote;
    expect(changed.approval.state).toBe("NEEDED");
    const again = (await rita.gql(REQUEST, { id: q.id, note: "18% then" })).data.requestQuoteApproval;
    expect(again.approval.state).toBe("REQUESTED");
    await rita.gql(UPDATE, { id: q.id, v: again.lockVersion, input: discounted("17") });
    expect(await queue()).not.toContain(q.number);
  });

  it("refuses a request for a quote that needs none, and a rejection without a reason", async () => {
    const q = await create(discounted("5"));
    const refused = await rita.gql(REQUEST, { id: q.id });
    expect(errorCode(refused)).toBe("CONFLICT");
    expect(refused.errors![0].message).toBe(`${q.number} needs no approval: sales may send it as it is`);
    const blank = await admin.gql(`mutation($id: ID!) { rejectQuote(id: $id, lockVersion: 1, reason: " ") { id } }`, { id: q.id });
    expect(errorCode(blank)).toBe("BAD_USER_INPUT");
  });
});

describe("owners", () => {
  it("a rep reads a colleague's quote but changes and sends only their own; an admin reassigns", async () => {
    const q = await create(discounted("5"));
    expect(q.owner.id).toBe(rita.user.id);
    const seen = (await sam.gql(`query($id: ID!) { quote(id: $id) { number canSend allowedActions sendBlockers } }`, { id: q.id })).data.quote;
    expect(seen).toMatchObject({ number: q.number, canSend: false, allowedActions: [] });
    expect(seen.sendBlockers).toEqual([`${q.number} belongs to SALES user: only they or an admin can change or send it`]);
    for (const answer of [
      await sam.gql(UPDATE, { id: q.id, v: q.lockVersion, input: discounted("6") }),
      await sam.gql(SEND, { id: q.id, v: q.lockVersion }),
      await sam.gql(REQUEST, { id: q.id }),
    ]) {
      expect(errorCode(answer)).toBe("FORBIDDEN");
    }
    const assigned = await admin.gql(`mutation($id: ID!, $o: ID!) { assignQuote(id: $id, ownerId: $o) { owner { id } lockVersion } }`, { id: q.id, o: sam.user.id });
    expect(assigned.data.assignQuote.owner.id).toBe(sam.user.id);
    expect(errorCode(await sales(rita, q.id, assigned.data.assignQuote.lockVersion))).toBe("FORBIDDEN");
    expect(errorCode(await sales(sam, q.id, assigned.data.assignQuote.lockVersion))).toBeUndefined();
    expect(errorCode(await sam.gql(`mutation($id: ID!, $o: ID!) { assignQuote(id: $id, ownerId: $o) { id } }`, { id: q.id, o: sam.user.id }))).toBe("FORBIDDEN");
    const owned = (await rita.gql(`query($o: ID) { quotes(filter: { ownerId: $o }, first: 100) { quotes { number } } }`, { o: sam.user.id })).data.quotes.quotes;
    expect(owned.map((x: any) => x.number)).toEqual([q.number]);
  });
});

function sales(as: typeof rita, id: string, v: number) {
  return as.gql(UPDATE, { id, v, input: discounted("7") });
}

describe("the list", () => {
  it("filters sent quotes expiring within 7 days, in their own zone", async () => {
    const soon = await create(discounted("5", { validUntil: "2026-11-29" }));
    const later = await create(discounted("5", { validUntil: "2026-12-15" }));
    for (const q of [soon, later]) await rita.gql(SEND, { id: q.id, v: q.lockVersion });
    const found = (await rita.gql(`{ quotes(filter: { expiringWithinDays: 7 }, first: 100) { quotes { number } } }`)).data.quotes.quotes.map((q: any) => q.number);
    expect(found).toContain(soon.number);
    expect(found).not.toContain(later.number);
  });
});

describe("the preview", () => {
  it("prices the whole input exactly as saving it would, without saving", async () => {
    const input = {
      ...discounted("10"),
      goLiveDate: "2026-10-01",
      options: [
        { label: "Good", planKey: "basic" },
        { label: "Better", planKey: "business", discounts: [{ lineKey: "business", kind: "PERCENT", value: "20", label: "Launch", reason: "Deal" }] },
      ],
    };
    const before = await t.dataSource.query(`SELECT count(*)::int AS n FROM quote`);
    const preview = await rita.gql(
      `query($input: QuoteInput!) { previewQuote(input: $input) { currency approvalRequired approvalReasons warnings listFigure { text }
        options { label total discountTargets { lineKey label } lines { key label amount } } } }`,
      { input },
    );
    expect(preview.errors).toBeUndefined();
    expect(await t.dataSource.query(`SELECT count(*)::int AS n FROM quote`)).toEqual(before);
    const p = preview.data.previewQuote;
    expect(p).toMatchObject({ currency: "USD", approvalRequired: true, listFigure: { text: "0.00 to 4,000.00 USD" } });
    expect(p.approvalReasons).toEqual(["Better: the discounts take 20% off, more than the 15% sales may give alone"]);
    expect(p.warnings).toEqual(["The go-live date 2026-10-01 is in the past: check it with the customer"]);
    expect(p.options[1].lines).toEqual([
      { key: "business", label: "Business", amount: "5000.00" },
      { key: "discount-1", label: "Discount on Business: Launch", amount: "-1000.00" },
    ]);
    expect(p.options[1].discountTargets).toEqual([{ lineKey: "business", label: "Business" }]);
    const saved = (await rita.gql(`mutation($input: QuoteInput!) { createQuote(input: $input) { warnings options { label total lines { key label amount } } } }`, { input })).data.createQuote;
    expect(saved.options.map((o: any) => o.lines)).toEqual(p.options.map((o: any) => o.lines));
    expect(saved.warnings).toEqual(p.warnings);
  });

  it("names the add-ons a chosen plan takes", async () => {
    const preview = await rita.gql(`query($input: QuoteInput!) { previewQuote(input: $input) { options { addOnChoices { planKey chosen } } } }`, {
      input: { catalogSlug: "pipe17", customer, options: [{ planKey: "enterprise", addOnKeys: ["premium"] }] },
    });
    expect(preview.data.previewQuote.options[0].addOnChoices).toEqual([
      { planKey: "configuration", chosen: false },
      { planKey: "premium", chosen: true },
    ]);
    const bad = await rita.gql(`query($input: QuoteInput!) { previewQuote(input: $input) { currency } }`, { input: { catalogSlug: "beesender", customer, options: [{ planKey: "premium" }] } });
    expect(errorCode(bad)).toBe("BAD_USER_INPUT");
  });
});
