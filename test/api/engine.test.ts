import { describe, expect, it } from "vitest";
import { errorCode, startTestApp } from "../support/app.js";

const t = await startTestApp();

const PRICE = `query($input: PriceQuoteInput!) {
  priceQuote(input: $input) {
    currency total eligible reasons catalogVersion
    lines { planKey label amount kind }
    guarantee { days startsOn endsOn }
  }
}`;
const SLA = `query($input: SlaDueInput!) { slaDueAt(input: $input) { dueAt target timeZone } }`;
const CREDITS = `query($input: CreditEstimateInput!) {
  estimateCredits(input: $input) { credits price minimum packs { credits quantity } lines { categoryKey credits } }
}`;

const price = async (input: Record<string, unknown>) => {
  const answer = await t.gql(PRICE, { input });
  expect(answer.errors).toBeUndefined();
  return answer.data.priceQuote;
};
const due = async (input: Record<string, unknown>) => {
  const answer = await t.gql(SLA, { input });
  expect(answer.errors).toBeUndefined();
  return answer.data.slaDueAt;
};

describe("priceQuote", () => {
  it.each([
    ["beesender", "basic", { licensePrice: "50000" }, "0.00"],
    ["beesender", "business", { licensePrice: "50000" }, "5000.00"],
    ["beesender", "premium", { licensePrice: "50000" }, "10000.00"],
    ["beesender", "business", { licensePrice: "12345.65" }, "1234.57"],
    ["beesender", "premium", { licensePrice: "0.02" }, "0.00"],
    ["beesender", "premium", { licensePrice: "0.03" }, "0.01"],
    ["beesender", "business", { licensePrice: "12345.65", termYears: 3 }, "3703.71"],
    ["aimaras", "basic", { projectBudget: "30000" }, "1800.00"],
    ["aimaras", "business", { projectBudget: "33333.33" }, "4000.00"],
    ["aimaras", "premium", { projectBudget: "33333.33", termYears: 2 }, "13333.34"],
    ["pipe17", "standard", {}, "0.00"],
    ["pro-support-credits", "credits", {}, "0.00"],
  ])("%s %s with %o costs %s", async (catalogSlug, planKey, figures, total) => {
    const quote = await price({ catalogSlug, planKey, ...figures });
    expect(quote.total).toBe(total);
    expect(quote.lines[0]).toMatchObject({ planKey, amount: total, kind: "PLAN" });
    expect(quote.currency).toBe("USD");
    expect(quote.catalogVersion).toBe(1);
  });

  it("prices on request where the seed gives no price, with a custom price filling the amount", async () => {
    const onRequest = await price({ catalogSlug: "pipe17", planKey: "standard", addOnKeys: ["enterprise", "premium"] });
    expect(onRequest.lines.map((l: any) => [l.planKey, l.amount, l.kind])).toEqual([
      ["standard", "0.00", "PLAN"],
      ["enterprise", null, "ADD_ON"],
      ["premium", null, "ADD_ON"],
    ]);
    expect(onRequest.total).toBeNull();
    const agreed = await price({
      catalogSlug: "pipe17",
      planKey: "standard",
      addOnKeys: ["enterprise", "premium"],
      customPrices: [
        { planKey: "enterprise", amount: "12000" },
        { planKey: "premium", amount: "4999.99" },
      ],
    });
    expect(agreed.lines.map((l: any) => l.amount)).toEqual(["0.00", "12000.00", "4999.99"]);
    expect(agreed.total).toBe("16999.99");
  });

  it("prices an add-on as the first line when it is the plan asked for", async () => {
    const quote = await price({ catalogSlug: "pipe17", planKey: "premium" });
    expect(quote.lines).toEqual([{ planKey: "premium", label: "Premium Support", amount: null, kind: "PLAN" }]);
  });

  it("adds credit packs as lines, unpriced where the vendor publishes no price", async () => {
    const quote = await price({ catalogSlug: "pro-support-credits", planKey: "credits", creditPacks: [{ credits: 100, quantity: 2 }] });
    expect(quote.lines.map((l: any) => [l.kind, l.amount])).toEqual([
      ["PLAN", "0.00"],
      ["CREDIT_PACK", null],
    ]);
    expect(quote.total).toBeNull();
  });

  it.each([
    ["24999.99", "2026-05-01", 30, "2026-05-30"],
    ["25000", "2026-05-01", 60, "2026-06-29"],
    ["25000.01", "2026-05-01", 60, "2026-06-29"],
    ["75000", "2026-05-01", 60, "2026-06-29"],
    ["75000.01", "2026-05-01", 90, "2026-07-29"],
    ["0", "2026-12-31", 30, "2027-01-29"],
  ])("a budget of %s going live on %s gets %i days, to %s", async (projectBudget, goLiveDate, days, endsOn) => {
    const quote = await price({ catalogSlug: "aimaras", planKey: "basic", projectBudget, goLiveDate });
    expect(quote.guarantee).toEqual({ days, startsOn: goLiveDate, endsOn });
  });

  it("gives the guarantee days without dates when there is no go-live date, and none without a budget", async () => {
    expect((await price({ catalogSlug: "aimaras", planKey: "basic", projectBudget: "80000" })).guarantee).toEqual({ days: 90, startsOn: null, endsOn: null });
    expect((await price({ catalogSlug: "beesender", planKey: "basic", licensePrice: "1" })).guarantee).toBeNull();
  });

  it("flags an ineligible plan with reasons in words, and still prices it", async () => {
    const quote = await price({ catalogSlug: "pingstreams", planKey: "pro", agents: 10, bots: 5, licenseEdition: "enterprise" });
    expect(quote.eligible).toBe(false);
    expect(quote.reasons).toEqual([
      "Pro is for less than 10 agents; 10 given",
      "Pro is for less than 5 bots; 5 given",
      "Pro is sold with PRO licenses; the customer has Enterprise",
    ]);
    const fits = await price({ catalogSlug: "tiledesk", planKey: "pro", agents: 9, bots: 4, licenseEdition: "pro" });
    expect(fits).toMatchObject({ eligible: true, reasons: [] });
    expect(await price({ catalogSlug: "tiledesk", planKey: "pro" })).toMatchObject({ eligible: true, reasons: [] });
  });

  it.each([
    [{ catalogSlug: "beesender", planKey: "business" }, "BAD_USER_INPUT", "licensePrice"],
    [{ catalogSlug: "aimaras", planKey: "premium" }, "BAD_USER_INPUT", "projectBudget"],
    [{ catalogSlug: "beesender", planKey: "gold" }, "NOT_FOUND", "planKey"],
    [{ catalogSlug: "pipe17", planKey: "standard", addOnKeys: ["standard"] }, "BAD_USER_INPUT", "addOnKeys[0]"],
    [{ catalogSlug: "pipe17", planKey: "enterprise", addOnKeys: ["premium", "premium"] }, "BAD_USER_INPUT", "addOnKeys[1]"],
    [{ catalogSlug: "pipe17", planKey: "premium", addOnKeys: ["enterprise"] }, "BAD_USER_INPUT", "addOnKeys[0]"],
    [{ catalogSlug: "pipe17", planKey: "standard", customPrices: [{ planKey: "standard", amount: "5" }] }, "BAD_USER_INPUT", "customPrices[0].planKey"],
    [{ catalogSlug: "pro-support-credits", planKey: "credits", creditPacks: [{ credits: 30, quantity: 1 }] }, "BAD_USER_INPUT", "creditPacks[0].credits"],
    [{ catalogSlug: "pro-support-credits", planKey: "credits", creditPacks: [{ credits: 25, quantity: -1 }] }, "BAD_USER_INPUT", "creditPacks[0].quantity"],
    [{ catalogSlug: "aimaras", planKey: "basic", projectBudget: "1", goLiveDate: "2026-13-01" }, "BAD_USER_INPUT", undefined],
  ])("refuses %o with %s", async (input, code, field) => {
    const answer = await t.gql(PRICE, { input });
    expect(errorCode(answer)).toBe(code);
    if (field) expect(answer.errors![0].extensions!.field).toBe(field);
    expect(answer.errors![0].message.length).toBeGreaterThan(10);
  });
});

describe("planPrices", () => {
  const PLAN_PRICES = `query($input: PlanPricesInput!) {
    planPrices(input: $input) { planKey missingFigure unpricedReason quote { total instantQuote catalogVersion } }
  }`;

  it("prices each Beesender plan for the figures, and says which one waits for the license price", async () => {
    const none = await t.gql(PLAN_PRICES, { input: { catalogSlug: "beesender" } });
    expect(none.errors).toBeUndefined();
    const waiting = none.data.planPrices.filter((p: { quote: unknown }) => p.quote === null);
    expect(waiting.map((p: { missingFigure: string; unpricedReason: string }) => [p.missingFigure, p.unpricedReason])).toEqual(
      waiting.map(() => ["LICENSE_PRICE", "Enter your license price"]),
    );
    expect(waiting.map((p: { planKey: string }) => p.planKey)).toEqual(expect.arrayContaining(["business", "premium"]));

    const priced = await t.gql(PLAN_PRICES, { input: { catalogSlug: "beesender", licensePrice: "50000", termYears: 2 } });
    expect(priced.errors).toBeUndefined();
    const business = priced.data.planPrices.find((p: { planKey: string }) => p.planKey === "business");
    expect(business).toEqual({ planKey: "business", missingFigure: null, unpricedReason: null, quote: { total: "10000.00", instantQuote: true, catalogVersion: 1 } });
  });

  it("refuses a malformed figure next to its field", async () => {
    const answer = await t.gql(PLAN_PRICES, { input: { catalogSlug: "beesender", licensePrice: "-5" } });
    expect(errorCode(answer)).toBe("BAD_USER_INPUT");
    expect(answer.errors![0].extensions!.field).toBe("licensePrice");
  });
});

describe("slaDueAt", () => {
  it("pipe17 Standard: 6 business hours from Friday afternoon end on Monday, Pacific time", async () => {
    // Friday 2026-11-20 15:00 PST; 3h left on Friday, 3h on Monday from 06:00 PST (14:00Z).
    expect(await due({ catalogSlug: "pipe17", planKey: "standard", priorityKey: "urgent", submittedAt: "2026-11-20T23:00:00Z" })).toEqual({
      dueAt: "2026-11-23T17:00:00.000Z",
      target: "6 business hours",
      timeZone: "America/Los_Angeles",
    });
  });

  it("pipe17 Enterprise: across the spring DST change", async () => {
    // Friday 2026-03-06 16:00 PST (00:00Z Sat); 2h on Friday, 2h on Monday from 06:00 PDT (13:00Z).
    const result = await due({ catalogSlug: "pipe17", planKey: "enterprise", priorityKey: "urgent", submittedAt: "2026-03-07T00:00:00Z" });
    expect(result.dueAt).toBe("2026-03-09T15:00:00.000Z");
  });

  it("pipe17 Enterprise: across the autumn DST change", async () => {
    // Friday 2026-10-30 12:00 PDT (19:00Z); 6h on Friday, 2h on Monday from 06:00 PST (14:00Z).
    const result = await due({ catalogSlug: "pipe17", planKey: "enterprise", priorityKey: "high", submittedAt: "2026-10-30T19:00:00Z" });
    expect(result).toMatchObject({ dueAt: "2026-11-02T16:00:00.000Z", target: "8 business hours" });
  });

  it.each([
    ["urgent", "2026-11-21T23:45:00Z", "2026-11-22T00:15:00.000Z", "30 minutes"],
    ["high", "2026-11-21T20:00:00Z", "2026-11-22T08:00:00.000Z", "12 hours"],
    ["low", "2026-10-30T12:00:00Z", "2026-11-02T12:00:00.000Z", "3 days"],
  ])("pipe17 Premium %s: calendar time, weekends included", async (priorityKey, submittedAt, dueAt, target) => {
    expect(await due({ catalogSlug: "pipe17", planKey: "premium", priorityKey, submittedAt })).toMatchObject({ dueAt, target });
  });

  it("beesender Basic: P1 in 4 working hours at the default +01:00, over a weekend", async () => {
    // Friday 2026-11-20 16:00 at +01:00 (15:00Z): 2h on Friday, 2h on Monday from 09:00 (08:00Z).
    expect(await due({ catalogSlug: "beesender", planKey: "basic", priorityKey: "p1", submittedAt: "2026-11-20T15:00:00Z" })).toEqual({
      dueAt: "2026-11-23T10:00:00.000Z",
      target: "4 business hours",
      timeZone: "+01:00",
    });
  });

  it("beesender Business works weekends; the zone the customer picks moves the hours", async () => {
    // Saturday 2026-11-21 17:00 at +01:00: 1h on Saturday, 3h on Sunday from 09:00 (08:00Z).
    expect((await due({ catalogSlug: "beesender", planKey: "business", priorityKey: "p2", submittedAt: "2026-11-21T16:00:00Z" })).dueAt).toBe(
      "2026-11-22T11:00:00.000Z",
    );
    // At +08:00 the same instant is Sunday 00:00: counting starts at 09:00 (01:00Z).
    expect(
      (await due({ catalogSlug: "beesender", planKey: "business", priorityKey: "p2", submittedAt: "2026-11-21T16:00:00Z", timeZone: "+08:00" })).dueAt,
    ).toBe("2026-11-22T05:00:00.000Z");
  });

  it("beesender: a fixed offset does not follow Europe's DST change", async () => {
    // Friday 2026-03-27 17:00 at +01:00 (16:00Z): 1h Friday, 7h from Monday 09:00 +01:00 = 08:00Z, as before Europe's change.
    expect((await due({ catalogSlug: "beesender", planKey: "basic", priorityKey: "p3", submittedAt: "2026-03-27T16:00:00Z" })).dueAt).toBe(
      "2026-03-30T15:00:00.000Z",
    );
  });

  it("beesender Premium is 24/7 and takes any valid zone", async () => {
    expect(
      await due({ catalogSlug: "beesender", planKey: "premium", priorityKey: "p1", submittedAt: "2026-11-21T23:30:00Z", timeZone: "Asia/Tokyo" }),
    ).toEqual({ dueAt: "2026-11-22T00:30:00.000Z", target: "1 business hour", timeZone: "Asia/Tokyo" });
  });

  it("aimaras Basic: Severity C in 16 working hours across a weekend", async () => {
    // Thursday 2026-11-19 10:00 at +01:00 (09:00Z): 8h Thursday, 8h Friday from 09:00: due Friday 17:00 (16:00Z).
    expect((await due({ catalogSlug: "aimaras", planKey: "basic", priorityKey: "c", submittedAt: "2026-11-19T09:00:00Z" })).dueAt).toBe(
      "2026-11-20T16:00:00.000Z",
    );
    // Friday 10:00 (09:00Z) instead: 8h Friday, 8h Monday from 09:00: due Monday 17:00 (16:00Z).
    expect((await due({ catalogSlug: "aimaras", planKey: "basic", priorityKey: "d", submittedAt: "2026-11-20T09:00:00Z" })).dueAt).toBe(
      "2026-11-23T16:00:00.000Z",
    );
  });

  it.each([
    [{ catalogSlug: "beesender", planKey: "basic", priorityKey: "p1", submittedAt: "2026-11-20T15:00:00Z", timeZone: "Europe/Rome" }, "BAD_USER_INPUT", "timeZone"],
    [{ catalogSlug: "beesender", planKey: "basic", priorityKey: "p1", submittedAt: "2026-11-20T15:00:00Z", timeZone: "+15:00" }, "BAD_USER_INPUT", "timeZone"],
    [{ catalogSlug: "beesender", planKey: "premium", priorityKey: "p1", submittedAt: "2026-11-20T15:00:00Z", timeZone: "Nowhere/Town" }, "BAD_USER_INPUT", "timeZone"],
    [{ catalogSlug: "beesender", planKey: "basic", priorityKey: "p9", submittedAt: "2026-11-20T15:00:00Z" }, "NOT_FOUND", "priorityKey"],
    [{ catalogSlug: "pipe17", planKey: "configuration", priorityKey: "urgent", submittedAt: "2026-11-20T15:00:00Z" }, "BAD_USER_INPUT", "priorityKey"],
    [{ catalogSlug: "pipe17", planKey: "nope", priorityKey: "urgent", submittedAt: "2026-11-20T15:00:00Z" }, "NOT_FOUND", "planKey"],
    [{ catalogSlug: "pipe17", planKey: "standard", priorityKey: "urgent", submittedAt: "2026-11-20 15:00" }, "BAD_USER_INPUT", undefined],
    [{ catalogSlug: "pipe17", planKey: "standard", priorityKey: "urgent", submittedAt: "2026-02-30T15:00:00Z" }, "BAD_USER_INPUT", undefined],
  ])("refuses %o with %s", async (input, code, field) => {
    const answer = await t.gql(SLA, { input });
    expect(errorCode(answer)).toBe(code);
    if (field) expect(answer.errors![0].extensions!.field).toBe(field);
  });

  it("accepts an offset written without zero padding", async () => {
    const result = await due({ catalogSlug: "beesender", planKey: "basic", priorityKey: "p1", submittedAt: "2026-11-20T15:00:00Z", timeZone: "+3" });
    expect(result.timeZone).toBe("+03:00");
  });
});

describe("estimateCredits", () => {
  it("upgrading 4.3.1 to 4.3.9 uses 50 credits: one 50-credit pack, price unpublished", async () => {
    const answer = await t.gql(CREDITS, { input: { catalogSlug: "pro-support-credits", requests: [{ categoryKey: "upgrade", count: 1, fromVersion: "4.3.1", toVersion: "4.3.9" }] } });
    expect(answer.data.estimateCredits).toEqual({
      credits: 50,
      price: null,
      minimum: false,
      packs: [{ credits: 50, quantity: 1 }],
      lines: [{ categoryKey: "upgrade", credits: 50 }],
    });
  });

  it("adds categories, says a \"from\" category is a minimum, and buys the fewest credits then packs", async () => {
    const answer = await t.gql(CREDITS, {
      input: {
        catalogSlug: "pro-support-credits",
        requests: [
          { categoryKey: "explanation", count: 3 },
          { categoryKey: "settings", count: 2 },
          { categoryKey: "code-modification", count: 1 },
          { categoryKey: "investigation", count: 1 },
        ],
      },
    });
    expect(answer.data.estimateCredits).toMatchObject({ credits: 75, minimum: true, price: null, packs: [{ credits: 25, quantity: 1 }, { credits: 50, quantity: 1 }] });
  });

  it.each([
    [{ categoryKey: "upgrade", count: 1, fromVersion: "4.3.9", toVersion: "4.4.1" }, "BAD_USER_INPUT", "requests[0].steps"],
    [{ categoryKey: "upgrade", count: 1, fromVersion: "4.3.9", toVersion: "4.3.1" }, "BAD_USER_INPUT", "requests[0].toVersion"],
    [{ categoryKey: "upgrade", count: 1, fromVersion: "v4", toVersion: "4.3.1" }, "BAD_USER_INPUT", "requests[0].fromVersion"],
    [{ categoryKey: "haircut", count: 1 }, "NOT_FOUND", "requests[0].categoryKey"],
    [{ categoryKey: "explanation", count: 100001 }, "BAD_USER_INPUT", "requests[0].count"],
  ])("refuses %o with %s", async (request, code, field) => {
    const answer = await t.gql(CREDITS, { input: { catalogSlug: "pro-support-credits", requests: [request] } });
    expect(errorCode(answer)).toBe(code);
    expect(answer.errors![0].extensions!.field).toBe(field);
  });

  it("takes the steps across a minor version from the caller", async () => {
    const answer = await t.gql(CREDITS, {
      input: { catalogSlug: "pro-support-credits", requests: [{ categoryKey: "upgrade", count: 2, fromVersion: "4.3.9", toVersion: "4.4.1", steps: 4 }] },
    });
    expect(answer.data.estimateCredits.credits).toBe(60);
  });

  it("refuses a catalog that sells no credits", async () => {
    const answer = await t.gql(CREDITS, { input: { catalogSlug: "beesender", requests: [] } });
    expect(errorCode(answer)).toBe("BAD_USER_INPUT");
    expect(answer.errors![0].message).toBe("Beesender does not sell support credits");
  });
});
