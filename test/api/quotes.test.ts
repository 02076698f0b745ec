import { beforeAll, describe, expect, it } from "vitest";
import { errorCode, startTestApp } from "../support/app.js";

let now = new Date("2026-11-22T10:00:00Z");
const t = await startTestApp({ clock: () => now });

const QUOTE_FIELDS = `id number baseNumber revision status lockVersion catalogSlug catalogVersion total currency validUntil timeZone
  approvalRequired approved supersededBy decidedByName acceptedOption
  customer { company name email }
  options { label planKey planName total undiscounted discountPercent eligible reasons
    lines { kind planKey label amount }
    sla { planKey targets { priorityKey target } }
    exclusions { text } }
  guarantee { days startsOn endsOn }`;
const CREATE = `mutation($input: QuoteInput!) { createQuote(input: $input) { ${QUOTE_FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $v: Int!, $input: QuoteInput!) { updateQuote(id: $id, lockVersion: $v, input: $input) { ${QUOTE_FIELDS} } }`;
const SEND = `mutation($id: ID!, $v: Int!) { sendQuote(id: $id, lockVersion: $v) { quote { ${QUOTE_FIELDS} } link { id token url } } }`;
const SHARED = `query($token: String!) { sharedQuote(token: $token) { number status decidedByName acceptedOption options { label total } } }`;
const ACCEPT = `mutation($token: String!, $name: String!, $option: Int) { acceptSharedQuote(token: $token, name: $name, option: $option, acknowledged: true) { status decidedByName acceptedOption } }`;

const customer = { company: "Acme Corp", name: "Jane Buyer", email: "jane@acme.example" };
const beesender = (extra: Record<string, unknown> = {}) => ({
  catalogSlug: "beesender",
  customer,
  licensePrice: "50000",
  options: [{ planKey: "business" }],
  ...extra,
});

let sales: Awaited<ReturnType<typeof t.signIn>>;
let admin: Awaited<ReturnType<typeof t.signIn>>;
beforeAll(async () => {
  sales = await t.signIn("SALES");
  admin = await t.signIn("ADMIN");
});

/** Moves the clock; sessions idle for 12 hours end, so the test users sign in again. */
async function setNow(instant: string | Date) {
  now = new Date(instant);
  sales = await t.signIn("SALES");
  admin = await t.signIn("ADMIN");
}

async function create(input: Record<string, unknown>) {
  const answer = await sales.gql(CREATE, { input });
  expect(answer.errors).toBeUndefined();
  return answer.data.createQuote;
}

async function send(quote: { id: string; lockVersion: number }) {
  const answer = await sales.gql(SEND, { id: quote.id, v: quote.lockVersion });
  expect(answer.errors).toBeUndefined();
  return answer.data.sendQuote;
}

describe("a quote", () => {
  it("is numbered, priced by the engine against the catalog version, and stores the SLA and exclusions", async () => {
    const q = await create(beesender({ termYears: 2 }));
    expect(q.number).toMatch(/^Q-2026-\d{4}$/);
    expect(q).toMatchObject({ status: "DRAFT", revision: 1, catalogSlug: "beesender", catalogVersion: 1, currency: "USD", total: "10000.00" });
    expect(q.validUntil).toBe("2026-12-22");
    expect(q.timeZone).toBe("UTC");
    expect(q.options[0].lines).toEqual([{ kind: "PLAN", planKey: "business", label: "Business", amount: "10000.00" }]);
    expect(q.options[0].sla[0].targets).toEqual([
      { priorityKey: "p1", target: "1 business hour" },
      { priorityKey: "p2", target: "4 business hours" },
      { priorityKey: "p3", target: "4 business hours" },
      { priorityKey: "p4", target: "4 business hours" },
    ]);
    expect(q.options[0].exclusions.map((e: any) => e.text)).toHaveLength(2);
  });

  it("offers good / better / best, each priced, and needs a label for each", async () => {
    const q = await create(
      beesender({
        options: [
          { label: "Good", planKey: "basic" },
          { label: "Better", planKey: "business" },
          { label: "Best", planKey: "premium" },
        ],
      }),
    );
    expect(q.options.map((o: any) => [o.label, o.total])).toEqual([
      ["Good", "0.00"],
      ["Better", "5000.00"],
      ["Best", "10000.00"],
    ]);
    const unlabeled = await sales.gql(CREATE, { input: beesender({ options: [{ planKey: "basic" }, { planKey: "premium" }] }) });
    expect(unlabeled.errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "options[0].label" });
    const five = await sales.gql(CREATE, { input: beesender({ options: Array.from({ length: 5 }, (_, i) => ({ label: `O${i}`, planKey: "basic" })) }) });
    expect(five.errors![0].message).toBe("Offer at most 4 alternatives");
  });

  it("gives back the packs and agreed prices it was built from, for editing", async () => {
    const credits = await sales.gql(`mutation($input: QuoteInput!) { createQuote(input: $input) { options { creditPacks { credits quantity } customPrices { planKey amount } } } }`, {
      input: { catalogSlug: "pro-support-credits", customer, options: [{ planKey: "credits", creditPacks: [{ credits: 100, quantity: 2 }] }] },
    });
    expect(credits.data.createQuote.options[0]).toEqual({ creditPacks: [{ credits: 100, quantity: 2 }], customPrices: [] });
    const agreed = await sales.gql(`mutation($input: QuoteInput!) { createQuote(input: $input) { total options { customPrices { planKey amount } } } }`, {
      input: { catalogSlug: "pipe17", customer, options: [{ planKey: "enterprise", customPrices: [{ planKey: "enterprise", amount: "12000" }] }] },
    });
    expect(agreed.data.createQuote).toEqual({ total: "12000.00", options: [{ customPrices: [{ planKey: "enterprise", amount: "12000" }] }] });
  });

  it("puts the guarantee window of the budget band on the quote", async () => {
    const q = await create({ catalogSlug: "aimaras", customer, projectBudget: "75000", goLiveDate: "2027-01-15", options: [{ planKey: "premium" }] });
    expect(q.guarantee).toEqual({ days: 60, startsOn: "2027-01-15", endsOn: "2027-03-15" });
    expect(q.total).toBe("15000.00");
  });

  it("refuses bad input without writing anything", async () => {
    const before = await t.dataSource.query(`SELECT count(*)::int AS n FROM quote`);
    for (const [input, field] of [
      [beesender({ licensePrice: undefined }), "licensePrice"],
      [beesender({ customer: { ...customer, email: "nope" } }), "customer.email"],
      [beesender({ customer: { ...customer, company: " " } }), "customer.company"],
      [beesender({ validUntil: "2026-02-30" }), undefined],
      [beesender({ timeZone: "Mars/Base" }), "timeZone"],
    ] as const) {
      const answer = await sales.gql(CREATE, { input });
      expect(errorCode(answer)).toBe("BAD_USER_INPUT");
      if (field) expect(answer.errors![0].extensions!.field).toBe(field);
    }
    expect(errorCode(await sales.gql(CREATE, { input: beesender({ catalogSlug: "nope" }) }))).toBe("NOT_FOUND");
    expect(await t.dataSource.query(`SELECT count(*)::int AS n FROM quote`)).toEqual(before);
  });
});

describe("discounts", () => {
  it("takes line and total discounts, each with a reason, as rounded negative lines", async () => {
    const q = await create(
      beesender({
        licensePrice: "33333.33",
        options: [
          {
            planKey: "business",
            discounts: [
              { lineIndex: 0, kind: "PERCENT", value: "5", label: "Loyal customer", reason: "Asked twice" },
              { kind: "AMOUNT", value: "100", reason: "Launch offer" },
            ],
          },
        ],
      }),
    );
    expect(q.options[0].lines).toEqual([
      { kind: "PLAN", planKey: "business", label: "Business", amount: "3333.33" },
      { kind: "DISCOUNT", planKey: "business", label: "Discount on Business: Loyal customer", amount: "-166.67" },
      { kind: "DISCOUNT", planKey: null, label: "Discount on the total", amount: "-100.00" },
    ]);
    expect(q.options[0]).toMatchObject({ undiscounted: "3333.33", total: "3066.66", discountPercent: "8" });
    expect(q.approvalRequired).toBe(false);
  });

  it.each([
    [{ lineIndex: 0, kind: "PERCENT", value: "5", reason: "" }, "Give the reason for the discount"],
    [{ lineIndex: 0, kind: "PERCENT", value: "101", reason: "x" }, "A percent discount is at most 100"],
    [{ lineIndex: 3, kind: "AMOUNT", value: "1", reason: "x" }, "There is no line 4 to discount"],
    [{ lineIndex: 0, kind: "AMOUNT", value: "5000.01", reason: "x" }, "The discounts on Business exceed its price 5,000.00 USD"],
  ])("refuses %o", async (discount, message) => {
    const answer = await sales.gql(CREATE, { input: beesender({ options: [{ planKey: "business", discounts: [discount] }] }) });
    expect(errorCode(answer)).toBe("BAD_USER_INPUT");
    expect(answer.errors![0].message).toBe(message);
  });

  it("above 15% off, an admin must approve before sending; any change asks again", async () => {
    const big = [{ kind: "PERCENT", value: "20", reason: "Competitive deal" }];
    let q = await create(beesender({ options: [{ planKey: "business", discounts: big }] }));
    expect(q).toMatchObject({ approvalRequired: true, approved: false, total: "4000.00" });
    const refused = await sales.gql(SEND, { id: q.id, v: q.lockVersion });
    expect(errorCode(refused)).toBe("FORBIDDEN");
    expect(errorCode(await sales.gql(`mutation($id: ID!, $v: Int!) { approveQuoteDiscount(id: $id, lockVersion: $v) { approved } }`, { id: q.id, v: q.lockVersion }))).toBe("FORBIDDEN");

    const approved = await admin.gql(`mutation($id: ID!, $v: Int!) { approveQuoteDiscount(id: $id, lockVersion: $v) { approved lockVersion } }`, { id: q.id, v: q.lockVersion });
    expect(approved.data.approveQuoteDiscount.approved).toBe(true);
    q = (await sales.gql(UPDATE, { id: q.id, v: approved.data.approveQuoteDiscount.lockVersion, input: beesender({ options: [{ planKey: "business", discounts: [{ ...big[0], value: "21" }] }] }) })).data.updateQuote;
    expect(q).toMatchObject({ approvalRequired: true, approved: false });
    expect(errorCode(await sales.gql(SEND, { id: q.id, v: q.lockVersion }))).toBe("FORBIDDEN");

    const again = await admin.gql(`mutation($id: ID!, $v: Int!) { approveQuoteDiscount(id: $id, lockVersion: $v) { lockVersion } }`, { id: q.id, v: q.lockVersion });
    const sent = await send({ id: q.id, lockVersion: again.data.approveQuoteDiscount.lockVersion });
    expect(sent.quote.status).toBe("SENT");
  });

  it("exactly 15% off needs no approval", async () => {
    const q = await create(beesender({ options: [{ planKey: "business", discounts: [{ kind: "PERCENT", value: "15", reason: "Standard" }] }] }));
    expect(q.approvalRequired).toBe(false);
  });
});

describe("lifecycle", () => {
  it("a draft is edited with its lock version; two edits on one version: one CONFLICT, nothing lost", async () => {
    const q = await create(beesender());
    const [a, b] = await Promise.all([
      sales.gql(UPDATE, { id: q.id, v: q.lockVersion, input: beesender({ licensePrice: "60000" }) }),
      sales.gql(UPDATE, { id: q.id, v: q.lockVersion, input: beesender({ licensePrice: "70000" }) }),
    ]);
    const winner = [a, b].find((x) => !x.errors)!;
    const loser = [a, b].find((x) => x.errors)!;
    expect(errorCode(loser)).toBe("CONFLICT");
    expect(loser.errors![0].extensions!.currentLockVersion).toBe(2);
    const stored = await sales.gql(`query($id: ID!) { quote(id: $id) { total lockVersion } }`, { id: q.id });
    expect(stored.data.quote).toEqual({ total: winner.data.updateQuote.total, lockVersion: 2 });
  });

  it("is never edited once sent; a revision makes a new draft and supersedes the old", async () => {
    const q = await create(beesender());
    const { quote: sent, link } = await send(q);
    expect(errorCode(await sales.gql(UPDATE, { id: q.id, v: sent.lockVersion, input: beesender() }))).toBe("CONFLICT");
    const revised = (await sales.gql(`mutation($id: ID!) { reviseQuote(id: $id) { ${QUOTE_FIELDS} } }`, { id: q.id })).data.reviseQuote;
    expect(revised).toMatchObject({ number: `${q.number}-2`, baseNumber: q.number, revision: 2, status: "DRAFT", total: q.total });
    const old = (await sales.gql(`query($id: ID!) { quote(id: $id) { status supersededBy } }`, { id: q.id })).data.quote;
    expect(old).toEqual({ status: "SUPERSEDED", supersededBy: `${q.number}-2` });
    const refused = await t.gql(ACCEPT, { token: link.token, name: "Jane Buyer" });
    expect(errorCode(refused)).toBe("CONFLICT");
    expect(refused.errors![0].message).toBe(`This quote was replaced by ${q.number}-2; ask for the new link`);
    const third = (await sales.gql(`mutation($id: ID!) { reviseQuote(id: $id) { number } }`, { id: q.id }));
    expect(errorCode(third)).toBe("CONFLICT");
  });

  it("is accepted through its share link by a prospect, who types a name; repeating it is harmless", async () => {
    const q = await create(beesender({ options: [{ label: "Good", planKey: "basic" }, { label: "Best", planKey: "premium" }] }));
    const { link } = await send(q);
    expect(link.url).toMatch(new RegExp(`/q/${link.token}$`));
    expect(link.token.length).toBeGreaterThanOrEqual(32);
    const shared = (await t.gql(SHARED, { token: link.token })).data.sharedQuote;
    expect(shared).toMatchObject({ number: q.number, status: "SENT", options: [{ label: "Good", total: "0.00" }, { label: "Best", total: "10000.00" }] });
    await setNow(new Date("2026-11-23T09:30:00Z"));
    const accepted = await t.gql(ACCEPT, { token: link.token, name: "Jane Buyer", option: 1 });
    expect(accepted.data.acceptSharedQuote).toEqual({ status: "ACCEPTED", decidedByName: "Jane Buyer", acceptedOption: 1 });
    const again = await t.gql(ACCEPT, { token: link.token, name: "Jane Buyer", option: 1 });
    expect(again.data.acceptSharedQuote).toEqual({ status: "ACCEPTED", decidedByName: "Jane Buyer", acceptedOption: 1 });
    expect(errorCode(await t.gql(ACCEPT, { token: link.token, name: "Jane Buyer", option: 0 }))).toBe("CONFLICT");
    const stored = (await sales.gql(`query($id: ID!) { quote(id: $id) { status decidedAt decidedByName acceptedOption } }`, { id: q.id })).data.quote;
    expect(stored).toEqual({ status: "ACCEPTED", decidedAt: "2026-11-23T09:30:00.000Z", decidedByName: "Jane Buyer", acceptedOption: 1 });
    expect(errorCode(await t.gql(ACCEPT, { token: link.token, name: "  " }))).toBe("BAD_USER_INPUT");
  });

  it("can be declined through the link", async () => {
    const q = await create(beesender());
    const { link } = await send(q);
    const declined = await t.gql(`mutation($t: String!) { declineSharedQuote(token: $t, name: "Jane", reason: "Too expensive") { status decidedByName } }`, { t: link.token });
    expect(declined.data.declineSharedQuote).toEqual({ status: "DECLINED", decidedByName: "Jane" });
    expect(errorCode(await t.gql(ACCEPT, { token: link.token, name: "Jane" }))).toBe("CONFLICT");
  });

  it("refuses a revoked link, and an unknown one", async () => {
    const q = await create(beesender());
    const { quote: sent, link } = await send(q);
    const other = (await sales.gql(`mutation($id: ID!) { createShareLink(quoteId: $id) { id token } }`, { id: q.id })).data.createShareLink;
    const revoked = await sales.gql(`mutation($id: ID!, $l: ID!) { revokeShareLink(quoteId: $id, linkId: $l) { shareLinks { id revokedAt } } }`, { id: sent.id, l: link.id });
    expect(revoked.data.revokeShareLink.shareLinks.map((l: any) => [l.id, l.revokedAt !== null])).toEqual([
      [link.id, true],
      [other.id, false],
    ]);
    expect(errorCode(await t.gql(SHARED, { token: link.token }))).toBe("NOT_FOUND");
    expect(errorCode(await t.gql(ACCEPT, { token: link.token, name: "Jane" }))).toBe("NOT_FOUND");
    expect((await t.gql(SHARED, { token: other.token })).data.sharedQuote.status).toBe("SENT");
    expect(errorCode(await t.gql(SHARED, { token: "made-up-token" }))).toBe("NOT_FOUND");
  });

  it("expires after the end of its last valid day in its own zone", async () => {
    await setNow(new Date("2026-11-22T10:00:00Z"));
    const q = await create(beesender({ validUntil: "2026-12-01", timeZone: "America/Los_Angeles" }));
    const { link } = await send(q);
    // 2026-12-01 23:59 in Los Angeles is 2026-12-02 07:59Z: still valid.
    await setNow(new Date("2026-12-02T07:59:00Z"));
    expect((await t.gql(SHARED, { token: link.token })).data.sharedQuote.status).toBe("SENT");
    await setNow(new Date("2026-12-02T08:00:01Z"));
    expect((await t.gql(SHARED, { token: link.token })).data.sharedQuote.status).toBe("EXPIRED");
    const refused = await t.gql(ACCEPT, { token: link.token, name: "Jane" });
    expect(errorCode(refused)).toBe("CONFLICT");
    expect(refused.errors![0].message).toBe("This quote was valid until 2026-12-01; ask for a new one");
    const expired = await sales.gql(`{ quotes(status: EXPIRED, first: 50) { quotes { number } } }`);
    expect(expired.data.quotes.quotes.map((x: any) => x.number)).toContain(q.number);
    await setNow(new Date("2026-11-22T10:00:00Z"));
  });

  it("keeps its prices and version when the catalog changes after it was sent", async () => {
    const q = await create(beesender());
    const { quote: sent } = await send(q);
    // Publish a new beesender version with Business at 12%.
    await t.dataSource.query(
      `UPDATE catalog SET draft = jsonb_set(draft, '{plans,1,pricing,percent}', '"12"') WHERE slug = 'beesender'`,
    );
    const [{ id }] = await t.dataSource.query(`SELECT id FROM catalog WHERE slug = 'beesender'`);
    expect(await t.services.catalogs.publish(id, null)).toBe(2);
    const reread = (await sales.gql(`query($id: ID!) { quote(id: $id) { ${QUOTE_FIELDS} } }`, { id: q.id })).data.quote;
    expect(reread.options).toEqual(sent.options);
    expect(reread).toMatchObject({ catalogVersion: 1, total: "5000.00" });
    const fresh = await create(beesender());
    expect(fresh).toMatchObject({ catalogVersion: 2, total: "6000.00" });
    // A draft stays on its version unless asked to take the latest.
    const moved = await sales.gql(
      `mutation($id: ID!, $v: Int!, $input: QuoteInput!) { updateQuote(id: $id, lockVersion: $v, input: $input, useLatestCatalogVersion: true) { catalogVersion total } }`,
      { id: (await create(beesender())).id, v: 1, input: beesender() },
    );
    expect(moved.data.updateQuote).toEqual({ catalogVersion: 2, total: "6000.00" });
  });
});

describe("lists", () => {
  it("pages newest first with cursors and searches customer and number", async () => {
    const company = `Paging ${Date.now()}`;
    const made = [];
    for (let i = 0; i < 5; i++) {
      await setNow(new Date(Date.UTC(2026, 10, 22, 12, i)));
      made.push(await create(beesender({ customer: { ...customer, company: `${company} ${i}` } })));
    }
    const LIST = `query($after: String, $search: String) { quotes(first: 2, after: $after, search: $search) { quotes { number customer { company } } nextCursor } }`;
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const page: any = (await sales.gql(LIST, { after, search: company })).data.quotes;
      seen.push(...page.quotes.map((q: any) => q.number));
      after = page.nextCursor;
    } while (after);
    expect(seen).toEqual(made.map((q) => q.number).reverse());
    const byNumber = (await sales.gql(LIST, { search: made[2].number.toLowerCase() })).data.quotes.quotes;
    expect(byNumber.map((q: any) => q.number)).toEqual([made[2].number]);
    expect(errorCode(await sales.gql(LIST, { after: "garbage" }))).toBe("BAD_USER_INPUT");
    // Links and successors come in one batch per page, whatever its size.
    const PAGE = `query($n: Int!, $search: String) { quotes(first: $n, search: $search) { quotes { number shareLinks { id } supersededBy } } }`;
    const two = await t.countStatements(() => sales.gql(PAGE, { n: 2, search: company }));
    const five = await t.countStatements(() => sales.gql(PAGE, { n: 5, search: company }));
    expect(five.length).toBe(two.length);
    expect(errorCode(await t.gql(LIST, {}))).toBe("UNAUTHENTICATED");
    await setNow(new Date("2026-11-22T10:00:00Z"));
  });
});
