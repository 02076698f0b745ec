import { beforeAll, describe, expect, it } from "vitest";
import { errorCode, startTestApp } from "../support/app.js";

/** Issue 8: a sent quote past its last valid day reads EXPIRED everywhere; its validity can be extended. */
let now = new Date("2026-11-22T10:00:00Z");
const t = await startTestApp({ clock: () => now });

const FIELDS = `id number status lockVersion validUntil timeZone`;
const CREATE = `mutation($input: QuoteInput!) { createQuote(input: $input) { ${FIELDS} } }`;
const SEND = `mutation($id: ID!, $v: Int!) { sendQuote(id: $id, lockVersion: $v) { quote { ${FIELDS} } link { token } } }`;
const EXTEND = `mutation($id: ID!, $d: Date!, $v: Int) { extendQuoteValidity(id: $id, validUntil: $d, lockVersion: $v) { ${FIELDS} } }`;
const SHARED = `query($token: String!) { sharedQuote(token: $token) { status validUntil } }`;
const LIST = `query($s: QuoteStatus) { quotes(first: 100, filter: { status: $s }) { quotes { number status } } }`;

const customer = { company: "Acme Corp", name: "Jane Buyer", email: "jane@acme.example" };
let rita: Awaited<ReturnType<typeof t.signIn>>;
let sam: Awaited<ReturnType<typeof t.signIn>>;
let admin: Awaited<ReturnType<typeof t.signIn>>;

beforeAll(async () => {
  rita = await t.signIn("SALES");
  sam = await t.signIn("SALES");
  admin = await t.signIn("ADMIN");
});

/** The same user signed in again (sessions idle for 12 hours end). */
async function again(user: typeof rita): Promise<typeof rita> {
  const res = await t.app.http.inject({
    method: "POST",
    url: "/graphql",
    headers: { "content-type": "application/json" },
    payload: JSON.stringify({ query: `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { id } }`, variables: { e: user.email, p: user.password } }),
  });
  const headers = { cookie: String(res.headers["set-cookie"]).split(";")[0] };
  return { ...user, headers, gql: (query: string, variables?: Record<string, unknown>) => t.post({ query, variables }, headers) } as typeof rita;
}

/** Moves the clock, and everyone signs in again. */
async function setNow(instant: string) {
  now = new Date(instant);
  [rita, sam, admin] = [await again(rita), await again(sam), await again(admin)];
}

async function sentQuote(validUntil: string, timeZone: string) {
  const created = await rita.gql(CREATE, { input: { catalogSlug: "beesender", customer, licensePrice: "50000", options: [{ planKey: "business" }], validUntil, timeZone } });
  expect(created.errors).toBeUndefined();
  const sent = await rita.gql(SEND, { id: created.data.createQuote.id, v: created.data.createQuote.lockVersion });
  expect(sent.errors).toBeUndefined();
  return { ...sent.data.sendQuote.quote, token: sent.data.sendQuote.link.token as string };
}

const numbersWith = async (status: string | null) => (await admin.gql(LIST, { s: status })).data.quotes.quotes.map((q: any) => q.number);
const statusInList = async (number: string) => (await admin.gql(LIST, { s: null })).data.quotes.quotes.find((q: any) => q.number === number)?.status;

describe("expiry", () => {
  it("reads EXPIRED in the quote, the list, its filters and the share page once its last day ends in its zone (+03:00)", async () => {
    await setNow("2026-11-22T10:00:00Z");
    const q = await sentQuote("2026-11-30", "+03:00");
    // 2026-11-30 ends at 2026-11-30T21:00Z in +03:00.
    await setNow("2026-11-30T20:59:59Z");
    expect(await statusInList(q.number)).toBe("SENT");
    expect(await numbersWith("SENT")).toContain(q.number);
    expect(await numbersWith("EXPIRED")).not.toContain(q.number);
    expect((await t.gql(SHARED, { token: q.token })).data.sharedQuote.status).toBe("SENT");

    await setNow("2026-11-30T21:00:00Z");
    expect(await statusInList(q.number)).toBe("EXPIRED");
    expect(await numbersWith("EXPIRED")).toContain(q.number);
    expect(await numbersWith("SENT")).not.toContain(q.number);
    expect((await admin.gql(`query($id: ID!) { quote(id: $id) { status } }`, { id: q.id })).data.quote.status).toBe("EXPIRED");
    expect((await t.gql(SHARED, { token: q.token })).data.sharedQuote.status).toBe("EXPIRED");
  });

  it("every quote the EXPIRED filter returns reads EXPIRED, and every SENT one reads SENT", async () => {
    await setNow("2026-11-22T10:00:00Z");
    const early = await sentQuote("2026-12-03", "Pacific/Kiritimati");
    const late = await sentQuote("2026-12-03", "Pacific/Pago_Pago");
    // 2026-12-04T00:00 in Kiritimati (+14) is 2026-12-03T10:00Z; in Pago Pago (-11) it is 2026-12-04T11:00Z.
    await setNow("2026-12-03T12:00:00Z");
    const expired = (await admin.gql(LIST, { s: "EXPIRED" })).data.quotes.quotes;
    const sent = (await admin.gql(LIST, { s: "SENT" })).data.quotes.quotes;
    expect(expired.every((q: any) => q.status === "EXPIRED")).toBe(true);
    expect(sent.every((q: any) => q.status === "SENT")).toBe(true);
    expect(expired.map((q: any) => q.number)).toContain(early.number);
    expect(sent.map((q: any) => q.number)).toContain(late.number);
  });
});

describe("extending the validity", () => {
  it("brings an expired quote back to SENT without a revision, audited", async () => {
    await setNow("2026-11-22T10:00:00Z");
    const q = await sentQuote("2026-11-25", "UTC");
    await setNow("2026-11-27T09:00:00Z");
    expect(await statusInList(q.number)).toBe("EXPIRED");
    const extended = await rita.gql(EXTEND, { id: q.id, d: "2026-12-15", v: q.lockVersion });
    expect(extended.errors).toBeUndefined();
    expect(extended.data.extendQuoteValidity).toMatchObject({ number: q.number, status: "SENT", validUntil: "2026-12-15", lockVersion: q.lockVersion + 1 });
    expect(await numbersWith("SENT")).toContain(q.number);
    expect((await t.gql(SHARED, { token: q.token })).data.sharedQuote).toEqual({ status: "SENT", validUntil: "2026-12-15" });
    const audit = (await admin.gql(`query($k: String) { auditLog(first: 5, entityKey: $k) { entries { action summary } } }`, { k: q.number })).data.auditLog.entries;
    expect(audit[0]).toEqual({ action: "quote.extend", summary: `Extended ${q.number}: valid until 2026-12-15 (was 2026-11-25)` });
  });

  it("refuses a date not later than the current one, or already past, naming the field", async () => {
    await setNow("2026-11-22T10:00:00Z");
    const q = await sentQuote("2026-12-10", "UTC");
    const earlier = await rita.gql(EXTEND, { id: q.id, d: "2026-12-05" });
    expect(errorCode(earlier)).toBe("BAD_USER_INPUT");
    expect(earlier.errors![0].message).toBe("validUntil must be later than the current 2026-12-10: this extends the quote");
    await setNow("2026-12-20T10:00:00Z");
    const past = await rita.gql(EXTEND, { id: q.id, d: "2026-12-19" });
    expect(errorCode(past)).toBe("BAD_USER_INPUT");
    expect(past.errors![0].extensions!.field).toBe("validUntil");
  });

  it("follows the owner rules, refuses drafts and a stale lockVersion", async () => {
    await setNow("2026-11-22T10:00:00Z");
    const q = await sentQuote("2026-12-10", "UTC");
    expect(errorCode(await sam.gql(EXTEND, { id: q.id, d: "2026-12-20" }))).toBe("FORBIDDEN");
    expect(errorCode(await rita.gql(EXTEND, { id: q.id, d: "2026-12-20", v: q.lockVersion - 1 }))).toBe("CONFLICT");
    expect((await admin.gql(EXTEND, { id: q.id, d: "2026-12-20" })).data.extendQuoteValidity.validUntil).toBe("2026-12-20");

    const draft = (await rita.gql(CREATE, { input: { catalogSlug: "beesender", customer, licensePrice: "50000", options: [{ planKey: "business" }] } })).data.createQuote;
    const refused = await rita.gql(EXTEND, { id: draft.id, d: "2026-12-20" });
    expect(errorCode(refused)).toBe("CONFLICT");
    expect(refused.errors![0].message).toBe(`${draft.number} is a draft: change its validity by editing it`);
  });
});
