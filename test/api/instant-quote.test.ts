import { beforeAll, describe, expect, it } from "vitest";
import { errorCode, startTestApp } from "../support/app.js";
import { FIXTURE_DOC } from "../support/catalog-fixture.js";

/** Issue 8: a prospect turns a tier with a published price into a sent quote, without anyone signing in. */
const now = new Date("2026-11-23T10:00:00Z");
const t = await startTestApp({ clock: () => now });

const INSTANT = `mutation($input: InstantQuoteInput!) { createInstantQuote(input: $input) { number token url } }`;
const input = (extra: Record<string, unknown> = {}) => ({
  catalogSlug: "aimaras",
  planKey: "business",
  projectBudget: "40000",
  company: "Acme Corp",
  contactName: "Jane Buyer",
  email: "jane@acme.example",
  timeZone: "Europe/Moscow",
  ...extra,
});
let admin: Awaited<ReturnType<typeof t.signIn>>;
let rep: Awaited<ReturnType<typeof t.signIn>>;
beforeAll(async () => {
  admin = await t.signIn("ADMIN");
  rep = await t.signIn("SALES");
});

describe("an instant quote", () => {
  it("is numbered and sent at once, owned by the rep the organisation names, valid 30 days, and accepted like any other", async () => {
    expect((await admin.gql(`mutation($id: ID) { updateSettings(input: { instantQuoteOwnerId: $id }) { instantQuoteOwnerId } }`, { id: rep.user.id })).errors).toBeUndefined();
    const answer = await t.gql(INSTANT, { input: input({ idempotencyKey: "instant-1" }) });
    expect(answer.errors).toBeUndefined();
    const { number, token, url } = answer.data.createInstantQuote;
    expect(number).toMatch(/^Q-2026-\d{4}$/);
    expect(url).toMatch(new RegExp(`/q/${token}$`));
    const shared = (await t.gql(`query($t: String!) { sharedQuote(token: $t) { number status vendor validUntil timeZone options { planName total } } }`, { t: token })).data.sharedQuote;
    expect(shared).toMatchObject({ number, status: "SENT", vendor: "Aimaras", validUntil: "2026-12-23", timeZone: "Europe/Moscow", options: [{ planName: "Business" }] });
    const staff = (await rep.gql(`query($n: String) { quote(number: $n) { owner { id } status } }`, { n: number })).data.quote;
    expect(staff).toEqual({ owner: { id: rep.user.id }, status: "SENT" });
    const pdf = await t.app.http.inject({ method: "GET", url: `/q/${token}/pdf` });
    expect(pdf.headers["content-type"]).toBe("application/pdf");

    const again = (await t.gql(INSTANT, { input: input({ idempotencyKey: "instant-1" }) })).data.createInstantQuote;
    expect(again.number).toBe(number);

    const accepted = await t.gql(`mutation($t: String!) { acceptSharedQuote(token: $t, name: "Jane Buyer", acknowledged: true) { status } }`, { t: token });
    expect(accepted.data.acceptSharedQuote.status).toBe("ACCEPTED");
    const mail = (await admin.gql(`{ outbox(first: 50) { messages { kind to } } }`)).data.outbox.messages;
    expect(mail).toEqual(expect.arrayContaining([{ kind: "quote.instant.rep", to: rep.email }, { kind: "quote.sent", to: "jane@acme.example" }, { kind: "quote.accepted.rep", to: rep.email }]));
  });

  it("is refused for a tier priced on request, or without the figure that prices it", async () => {
    const onRequest = await t.gql(INSTANT, { input: input({ catalogSlug: "pipe17", planKey: "enterprise", projectBudget: null }) });
    expect(errorCode(onRequest)).toBe("BAD_USER_INPUT");
    expect(onRequest.errors![0].message).toBe("This plan has no published price for these figures: request a quote instead");
    const noBudget = await t.gql(INSTANT, { input: input({ projectBudget: null }) });
    expect(errorCode(noBudget)).toBe("BAD_USER_INPUT");
    expect(noBudget.errors![0].message).toBe("Business is priced at 12% of the project budget: give projectBudget");
    const mine = (await admin.gql(`{ quotes(first: 100, search: "acme.example") { quotes { number } } }`)).data.quotes.quotes;
    expect(mine).toHaveLength(1);
  });
});

describe("whether a price can become an instant quote", () => {
  const PRICE = `query($input: PriceQuoteInput!) { priceQuote(input: $input) { total instantQuote } }`;
  it("is said on the price: yes for a published price, no for a plan priced on request", async () => {
    const priced = (await t.gql(PRICE, { input: { catalogSlug: "aimaras", planKey: "business", projectBudget: "40000" } })).data.priceQuote;
    expect(priced).toEqual({ total: "4800.00", instantQuote: true });
    const onRequest = (await t.gql(PRICE, { input: { catalogSlug: "pipe17", planKey: "enterprise" } })).data.priceQuote;
    expect(onRequest).toEqual({ total: null, instantQuote: false });
  });

  it("is no for figures the plan does not accept, and createInstantQuote refuses them with the reason", async () => {
    await t.services.catalogs.publish((await t.services.catalogs.create({ ...FIXTURE_DOC, slug: "limits" })).id, null);
    const fits = { catalogSlug: "limits", planKey: "free", agents: 3, licenseEdition: "pro" };
    expect((await t.gql(PRICE, { input: fits })).data.priceQuote).toEqual({ total: "0.00", instantQuote: true });
    const tooMany = { ...fits, agents: 12 };
    expect((await t.gql(PRICE, { input: tooMany })).data.priceQuote).toEqual({ total: "0.00", instantQuote: false });
    const refused = await t.gql(INSTANT, { input: { ...input(), ...tooMany, projectBudget: null, email: "many@acme.example" } });
    expect(errorCode(refused)).toBe("BAD_USER_INPUT");
    expect(refused.errors![0].message).toBe("Free is for less than 10 agents; 12 given: request a quote instead");
  });
});

describe("a catalog's default validity", () => {
  const DRAFT = `query($s: String!) { catalogDraft(slug: $s) { revision defaultValidityDays } }`;
  const SET = `mutation($s: String!, $r: Int!, $d: Int) { updateCatalogInfo(slug: $s, revision: $r, info: { defaultValidityDays: $d }) { defaultValidityDays } }`;
  it("is what an instant quote and a new quote are valid for", async () => {
    const draft = (await admin.gql(DRAFT, { s: "aimaras" })).data.catalogDraft;
    expect(draft.defaultValidityDays).toBe(30);
    const set = await admin.gql(SET, { s: "aimaras", r: draft.revision, d: 14 });
    expect(set.errors).toBeUndefined();
    expect(set.data.updateCatalogInfo.defaultValidityDays).toBe(14);
    const { token } = (await t.gql(INSTANT, { input: input({ email: "val@acme.example", idempotencyKey: "validity-1" }) })).data.createInstantQuote;
    const shared = (await t.gql(`query($t: String!) { sharedQuote(token: $t) { validUntil } }`, { t: token })).data.sharedQuote;
    expect(shared.validUntil).toBe("2026-12-07");
    const made = await rep.gql(
      `mutation($i: QuoteInput!) { createQuote(input: $i) { validUntil } }`,
      { i: { catalogSlug: "aimaras", customer: { company: "B", name: "C", email: "c@b.example" }, projectBudget: "1000", options: [{ planKey: "basic" }], timeZone: "UTC" } },
    );
    expect(made.errors).toBeUndefined();
    expect(made.data.createQuote.validUntil).toBe("2026-12-07");
  });

  it("is a whole number of days from 1 to 365, said next to the field", async () => {
    const { revision } = (await admin.gql(DRAFT, { s: "beesender" })).data.catalogDraft;
    for (const d of [0, 366]) {
      const refused = await admin.gql(SET, { s: "beesender", r: revision, d });
      expect(errorCode(refused)).toBe("BAD_USER_INPUT");
      expect(refused.errors![0].message).toBe("A quote's default validity is a whole number of days from 1 to 365");
      expect(refused.errors![0].extensions!.field).toBe("defaultValidityDays");
    }
    expect((await admin.gql(DRAFT, { s: "beesender" })).data.catalogDraft.defaultValidityDays).toBe(30);
  });
});
