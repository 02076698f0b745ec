import { beforeAll, describe, expect, it } from "vitest";
import { errorCode, startTestApp } from "../support/app.js";

/** Issue 7: quotes that are always right (list figures, approval bound to content, agreed prices, packs, internal reasons). */
const t = await startTestApp({ clock: () => new Date("2026-11-22T10:00:00Z") });

const FIELDS = `id number status lockVersion total approvalRequired approved approvalReasons
  listFigure { kind amount minimum maximum optionLabel text }
  options { label total discountPercent lines { key kind label amount } }`;
const CREATE = `mutation($input: QuoteInput!) { createQuote(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $v: Int!, $input: QuoteInput!) { updateQuote(id: $id, lockVersion: $v, input: $input) { ${FIELDS} } }`;
const SEND = `mutation($id: ID!, $v: Int!, $tba: Boolean) { sendQuote(id: $id, lockVersion: $v, priceToBeAgreed: $tba) { quote { ${FIELDS} } link { token } } }`;
const APPROVE = `mutation($id: ID!, $v: Int!) { approveQuote(id: $id, lockVersion: $v) { ${FIELDS} } }`;
const READ = `query($id: ID!) { quote(id: $id) { ${FIELDS} } }`;

const customer = { company: "Acme Corp", name: "Jane Buyer", email: "jane@acme.example" };

let sales: Awaited<ReturnType<typeof t.signIn>>;
let admin: Awaited<ReturnType<typeof t.signIn>>;
beforeAll(async () => {
  sales = await t.signIn("SALES");
  admin = await t.signIn("ADMIN");
  // Guidance for Pipe17 Enterprise (1,000 to 20,000 a year) and the 100-credit pack (at least 400 a pack).
  await t.dataSource.query(
    `UPDATE catalog SET draft = jsonb_set(draft, '{plans,1,pricing,guidance}', '{"floor": "1000", "listPrice": "20000"}') WHERE slug = 'pipe17'`,
  );
  await t.dataSource.query(
    `UPDATE catalog SET draft = jsonb_set(draft, '{plans,0,pricing,packs,2,guidance}', '{"floor": "400", "listPrice": null}') WHERE slug = 'pro-support-credits'`,
  );
  for (const slug of ["pipe17", "pro-support-credits"]) {
    const [{ id }] = await t.dataSource.query(`SELECT id FROM catalog WHERE slug = $1`, [slug]);
    expect(await t.services.catalogs.publish(id, null)).toBe(2);
  }
});

async function create(input: Record<string, unknown>) {
  const answer = await sales.gql(CREATE, { input: { customer, ...input } });
  expect(answer.errors).toBeUndefined();
  return answer.data.createQuote;
}

const beesender20 = (extra: Record<string, unknown> = {}) => ({
  catalogSlug: "beesender",
  customer,
  licensePrice: "50000",
  options: [{ planKey: "business", discounts: [{ kind: "PERCENT", value: "20", reason: "Competitive deal" }] }],
  ...extra,
});

describe("the figure a list shows", () => {
  it("is the accepted alternative's total once accepted, and the range before", async () => {
    const q = await create({
      catalogSlug: "aimaras",
      projectBudget: "48000",
      options: [
        { label: "Basic", planKey: "basic" },
        { label: "Business", planKey: "business" },
        { label: "Premium", planKey: "premium" },
      ],
    });
    expect(q.listFigure).toEqual({ kind: "RANGE", amount: null, minimum: "2880.00", maximum: "9600.00", optionLabel: null, text: "2,880.00 to 9,600.00 USD" });
    const { link } = (await sales.gql(SEND, { id: q.id, v: q.lockVersion })).data.sendQuote;
    await t.gql(`mutation($t: String!) { acceptSharedQuote(token: $t, name: "Jane Buyer", option: 2, acknowledged: true) { status } }`, { t: link.token });
    const listed = (await sales.gql(`query($s: String) { quotes(search: $s) { quotes { number total listFigure { kind amount optionLabel text } } } }`, { s: q.number })).data.quotes.quotes;
    expect(listed).toEqual([
      { number: q.number, total: "9600.00", listFigure: { kind: "ACCEPTED", amount: "9600.00", optionLabel: "Premium", text: "Premium: 9,600.00 USD" } },
    ]);
  });
});

describe("approval", () => {
  it("is needed for agreed prices the catalog gives no guidance for, or outside it", async () => {
    const q = await create({
      catalogSlug: "pipe17",
      options: [
        {
          planKey: "enterprise",
          addOnKeys: ["premium"],
          customPrices: [
            { planKey: "enterprise", amount: "1.00" },
            { planKey: "premium", amount: "1.00" },
          ],
        },
      ],
    });
    expect(q).toMatchObject({ total: "2.00", approvalRequired: true, approved: false });
    expect(q.approvalReasons).toEqual([
      "Enterprise Support is agreed at 1.00 USD, below the catalog's floor of 1,000.00 USD a year",
      "Premium Support is agreed at 1.00 USD, a price the catalog does not state",
    ]);
    const refused = await sales.gql(SEND, { id: q.id, v: q.lockVersion });
    expect(errorCode(refused)).toBe("FORBIDDEN");
  });

  it("is not needed for an agreed price within the catalog's guidance", async () => {
    const within = await create({ catalogSlug: "pipe17", termYears: 2, options: [{ planKey: "enterprise", customPrices: [{ planKey: "enterprise", amount: "24000" }] }] });
    expect(within).toMatchObject({ approvalRequired: false, approvalReasons: [] });
    const above = await create({ catalogSlug: "pipe17", options: [{ planKey: "enterprise", customPrices: [{ planKey: "enterprise", amount: "20000.01" }] }] });
    expect(above.approvalReasons).toEqual(["Enterprise Support is agreed at 20,000.01 USD, above the catalog's list price of 20,000.00 USD a year"]);
  });

  it("counts a discount on the priced lines even when another line is on request", async () => {
    const q = await create({
      catalogSlug: "pipe17",
      options: [
        {
          planKey: "enterprise",
          addOnKeys: ["premium"],
          customPrices: [{ planKey: "enterprise", amount: "12000" }],
          discounts: [{ lineKey: "enterprise", kind: "PERCENT", value: "100", reason: "Free first year" }],
        },
      ],
    });
    expect(q.options[0]).toMatchObject({ total: null, discountPercent: "100" });
    expect(q.approvalRequired).toBe(true);
    expect(errorCode(await sales.gql(SEND, { id: q.id, v: q.lockVersion, tba: true }))).toBe("FORBIDDEN");
  });

  it("is bound to the customer, the validity date and the zone", async () => {
    for (const change of [
      { customer: { ...customer, company: "Other Corp" } },
      { validUntil: "2026-12-31" },
      { timeZone: "Europe/Paris" },
    ]) {
      const q = await create(beesender20({ validUntil: "2026-12-20", timeZone: "UTC" }));
      const approved = (await admin.gql(APPROVE, { id: q.id, v: q.lockVersion })).data.approveQuote;
      expect(approved.approved).toBe(true);
      const changed = await sales.gql(UPDATE, { id: q.id, v: approved.lockVersion, input: beesender20({ validUntil: "2026-12-20", timeZone: "UTC", ...change }) });
      expect(changed.data.updateQuote.approved).toBe(false);
      expect(errorCode(await sales.gql(SEND, { id: q.id, v: changed.data.updateQuote.lockVersion }))).toBe("FORBIDDEN");
    }
  });

  it("holds when an approved quote is saved unchanged, in every answer", async () => {
    const q = await create(beesender20());
    const approved = (await admin.gql(APPROVE, { id: q.id, v: q.lockVersion })).data.approveQuote;
    const saved = await sales.gql(UPDATE, { id: q.id, v: approved.lockVersion, input: beesender20() });
    expect(saved.data.updateQuote.approved).toBe(true);
    expect((await sales.gql(READ, { id: q.id })).data.quote.approved).toBe(true);
    const sent = await sales.gql(SEND, { id: q.id, v: saved.data.updateQuote.lockVersion });
    expect(sent.data.sendQuote.quote.status).toBe("SENT");
  });
});

describe("lines on request", () => {
  it("credit packs take agreed prices, judged against the pack's guidance", async () => {
    const q = await create({
      catalogSlug: "pro-support-credits",
      options: [
        {
          planKey: "credits",
          creditPacks: [
            { credits: 100, quantity: 2, agreedPrice: "450" },
            { credits: 50, quantity: 1, agreedPrice: "200" },
          ],
        },
      ],
    });
    expect(q.options[0].lines.map((l: any) => [l.key, l.amount])).toEqual([
      ["credits", "0.00"],
      ["pack-100", "900.00"],
      ["pack-50", "200.00"],
    ]);
    expect(q.approvalReasons).toEqual(["The 50-credit pack is agreed at 200.00 USD a pack, a price the catalog does not state"]);
  });

  it("cannot be sent as a priced quote, unless marked price to be agreed, which the customer sees", async () => {
    const q = await create({ catalogSlug: "pro-support-credits", options: [{ planKey: "credits", creditPacks: [{ credits: 100, quantity: 1 }] }] });
    const refused = await sales.gql(SEND, { id: q.id, v: q.lockVersion });
    expect(errorCode(refused)).toBe("BAD_USER_INPUT");
    expect(refused.errors![0].message).toBe('100 credits x 1 is still priced on request: agree the price, or send the quote marked "price to be agreed"');
    const sent = (await sales.gql(SEND, { id: q.id, v: q.lockVersion, tba: true })).data.sendQuote;
    const shared = await t.gql(`query($t: String!) { sharedQuote(token: $t) { status priceToBeAgreed } }`, { t: sent.link.token });
    expect(shared.data.sharedQuote).toEqual({ status: "SENT", priceToBeAgreed: true });
    const pdf = await t.app.http.inject({ method: "GET", url: `/q/${sent.link.token}/pdf` });
    const { extractText, getDocumentProxy } = await import("unpdf");
    const { text } = await extractText(await getDocumentProxy(new Uint8Array(pdf.rawPayload)), { mergePages: true });
    expect(text).toContain("100 credits x 1 Pack price on request Price to be agreed");
    expect(text).toContain("Total Total to be agreed");
  });
});

describe("a discount's internal reason", () => {
  it("never reaches the share page; the customer reads the label", async () => {
    const q = await create({
      catalogSlug: "beesender",
      licensePrice: "50000",
      options: [{ planKey: "business", discounts: [{ lineKey: "business", kind: "PERCENT", value: "10", label: "Launch offer", reason: "matched competitor offer" }] }],
    });
    const staff = (await sales.gql(`query($id: ID!) { quote(id: $id) { options { discounts { lineKey label reason } } } }`, { id: q.id })).data.quote;
    expect(staff.options[0].discounts).toEqual([{ lineKey: "business", label: "Launch offer", reason: "matched competitor offer" }]);
    const { link } = (await sales.gql(SEND, { id: q.id, v: q.lockVersion })).data.sendQuote;
    const shared = await t.gql(
      `query($t: String!) { sharedQuote(token: $t) { options { lines { label detail } discounts { lineKey label reason } } } }`,
      { t: link.token },
    );
    expect(shared.data.sharedQuote.options[0].lines.map((l: any) => l.label)).toEqual(["Business", "Discount on Business: Launch offer"]);
    expect(shared.data.sharedQuote.options[0].discounts).toEqual([{ lineKey: "business", label: "Launch offer", reason: null }]);
    expect(JSON.stringify(shared)).not.toContain("competitor");
    const pdf = await t.app.http.inject({ method: "GET", url: `/q/${link.token}/pdf` });
    const { extractText, getDocumentProxy } = await import("unpdf");
    const { text } = await extractText(await getDocumentProxy(new Uint8Array(pdf.rawPayload)), { mergePages: true });
    expect(text).toContain("Discount on Business: Launch offer");
    expect(text).not.toContain("competitor");
  });
});
