import { beforeAll, describe, expect, it } from "vitest";
import { errorCode, startTestApp } from "../support/app.js";

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
    const shared = (await t.gql(`query($t: String!) { sharedQuote(token: $t) { number status validUntil timeZone options { planName total } } }`, { t: token })).data.sharedQuote;
    expect(shared).toMatchObject({ number, status: "SENT", validUntil: "2026-12-23", timeZone: "Europe/Moscow", options: [{ planName: "Business" }] });
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
