import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DomainError } from "../../server/domain/errors.js";
import { Dec } from "../../server/domain/money.js";
import { priceQuote, type PriceInput } from "../../server/domain/pricing.js";
import { fixtureCatalog } from "../support/catalog-fixture.js";

const catalog = fixtureCatalog();
const price = (input: PriceInput) => priceQuote(catalog, input);

function refusal(fn: () => unknown): DomainError {
  try {
    fn();
  } catch (err) {
    if (err instanceof DomainError) return err;
    throw err;
  }
  throw new Error("expected a refusal");
}

describe("priceQuote: one line per plan kind", () => {
  it.each<[string, PriceInput, string | null]>([
    ["included", { planKey: "free" }, "0.00"],
    ["percent of license", { planKey: "business", licensePrice: "50000" }, "5000.00"],
    ["percent of license, awkward amount rounded half-up once", { planKey: "business", licensePrice: "12345.65" }, "1234.57"],
    ["percent of license, half a cent down", { planKey: "business", licensePrice: "0.04" }, "0.00"],
    ["percent of license over 3 years: yearly rounded, then x3", { planKey: "business", licensePrice: "12345.65", termYears: 3 }, "3703.71"],
    ["percent of budget", { planKey: "project", projectBudget: "40000" }, "5000.00"],
    ["percent of budget below the minimum", { planKey: "project", projectBudget: "100" }, "1000.00"],
    ["percent of budget above the maximum", { planKey: "project", projectBudget: "1000000" }, "50000.00"],
    ["minimum bounds each year of a term", { planKey: "project", projectBudget: "100", termYears: 2 }, "2000.00"],
    ["fixed monthly, a year", { planKey: "monthly" }, "1199.88"],
    ["fixed monthly, two years", { planKey: "monthly", termYears: 2 }, "2399.76"],
    ["credit plan itself costs nothing", { planKey: "credits" }, "0.00"],
    ["quote-based without a price", { planKey: "custom" }, null],
    ["quote-based with the agreed price", { planKey: "custom", customPrices: [{ planKey: "custom", amount: "777.7" }] }, "777.70"],
  ])("%s", (_name, input, amount) => {
    const quote = price(input);
    expect(quote.lines[0].planKey).toBe(input.planKey);
    expect(quote.lines[0].amount).toBe(amount);
    expect(quote.total).toBe(amount);
  });

  it("prices unpublished packs at the price agreed per pack, and leaves the others on request", () => {
    const unpublished = fixtureCatalog();
    const credits = unpublished.plans.find((p) => p.key === "credits")!;
    credits.pricing.packs = credits.pricing.packs.map((p) => ({ ...p, price: null }));
    const priced = priceQuote(unpublished, {
      planKey: "credits",
      creditPacks: [
        { credits: 100, quantity: 3, agreedPrice: "333.33" },
        { credits: 25, quantity: 1 },
      ],
    });
    expect(priced.lines.slice(1).map((l) => [l.amount, l.detail])).toEqual([
      ["999.99", "Price agreed for this quote: 333.33 USD a pack x 3"],
      [null, "Pack price on request"],
    ]);
    expect(priced.total).toBeNull();
  });

  it("adds add-ons and credit packs after the plan, in input order", () => {
    const quote = price({
      planKey: "business",
      licensePrice: "10000",
      addOnKeys: ["setup", "credits"],
      creditPacks: [
        { credits: 100, quantity: 2 },
        { credits: 25, quantity: 1 },
      ],
      termYears: 2,
    });
    expect(quote.lines.map((l) => [l.kind, l.planKey, l.amount])).toEqual([
      ["PLAN", "business", "2000.00"],
      ["ADD_ON", "setup", "500.00"],
      ["ADD_ON", "credits", "0.00"],
      ["CREDIT_PACK", "credits", "600.00"],
      ["CREDIT_PACK", "credits", "100.00"],
    ]);
    expect(quote.total).toBe("3200.00");
  });

  it("a one-time add-on is not multiplied by the term", () => {
    const quote = price({ planKey: "monthly", addOnKeys: ["setup"], termYears: 3 });
    expect(quote.lines[1].amount).toBe("500.00");
  });

  it("has no total while any line is priced on request", () => {
    const quote = price({ planKey: "business", licensePrice: "10000", addOnKeys: ["custom"] });
    expect(quote.lines[1].amount).toBeNull();
    expect(quote.total).toBeNull();
  });

  it("a custom price fills the plan's amount and adds no line", () => {
    const quote = price({ planKey: "business", licensePrice: "10000", addOnKeys: ["custom"], customPrices: [{ planKey: "custom", amount: "250" }] });
    expect(quote.lines).toHaveLength(2);
    expect(quote.total).toBe("1250.00");
  });
});

describe("priceQuote refusals", () => {
  it.each<[string, PriceInput, string, string]>([
    ["percent plan without license price", { planKey: "business" }, "BAD_USER_INPUT", "licensePrice"],
    ["percent plan without budget", { planKey: "project" }, "BAD_USER_INPUT", "projectBudget"],
    ["unknown plan", { planKey: "gold" }, "NOT_FOUND", "planKey"],
    ["unknown add-on", { planKey: "business", licensePrice: "1", addOnKeys: ["gold"] }, "NOT_FOUND", "addOnKeys[0]"],
    ["add-on not sold with the plan", { planKey: "free", addOnKeys: ["setup"] }, "BAD_USER_INPUT", "addOnKeys[0]"],
    ["plan as its own add-on", { planKey: "custom", addOnKeys: ["custom"] }, "BAD_USER_INPUT", "addOnKeys[0]"],
    ["add-on twice", { planKey: "monthly", addOnKeys: ["setup", "setup"] }, "BAD_USER_INPUT", "addOnKeys[1]"],
    ["term of 0 years", { planKey: "free", termYears: 0 }, "BAD_USER_INPUT", "termYears"],
    ["term of 11 years", { planKey: "free", termYears: 11 }, "BAD_USER_INPUT", "termYears"],
    ["negative agents", { planKey: "free", agents: -1 }, "BAD_USER_INPUT", "agents"],
    ["too many bots", { planKey: "free", bots: 100001 }, "BAD_USER_INPUT", "bots"],
    ["negative license price", { planKey: "business", licensePrice: "-1" }, "BAD_USER_INPUT", "licensePrice"],
    ["three decimals", { planKey: "business", licensePrice: "1.005" }, "BAD_USER_INPUT", "licensePrice"],
    ["sixteen integer digits", { planKey: "business", licensePrice: "1234567890123456" }, "BAD_USER_INPUT", "licensePrice"],
    ["exponent", { planKey: "business", licensePrice: "1e5" }, "BAD_USER_INPUT", "licensePrice"],
    ["a date that does not exist", { planKey: "free", goLiveDate: "2026-02-30" }, "BAD_USER_INPUT", "goLiveDate"],
    ["custom price for a priced plan", { planKey: "monthly", customPrices: [{ planKey: "monthly", amount: "1" }] }, "BAD_USER_INPUT", "customPrices[0].planKey"],
    ["custom price for a plan not in the quote", { planKey: "monthly", customPrices: [{ planKey: "custom", amount: "1" }] }, "BAD_USER_INPUT", "customPrices[0].planKey"],
    ["pack size not on sale", { planKey: "credits", creditPacks: [{ credits: 30, quantity: 1 }] }, "BAD_USER_INPUT", "creditPacks[0].credits"],
    ["packs for a plan without packs", { planKey: "monthly", creditPacks: [{ credits: 25, quantity: 1 }] }, "BAD_USER_INPUT", "creditPacks[0]"],
    ["an agreed price for a published pack", { planKey: "credits", creditPacks: [{ credits: 25, quantity: 1, agreedPrice: "90" }] }, "BAD_USER_INPUT", "creditPacks[0].agreedPrice"],
    ["unknown license edition", { planKey: "free", licenseEdition: "gold" }, "BAD_USER_INPUT", "licenseEdition"],
  ])("%s", (_name, input, code, field) => {
    const err = refusal(() => price(input));
    expect(err.code).toBe(code);
    expect(err.field).toBe(field);
  });

  it("names the missing figure in words", () => {
    expect(refusal(() => price({ planKey: "business" })).message).toBe(
      "Business is priced at 10% of the license price: give licensePrice",
    );
  });
});

describe("eligibility", () => {
  it("less than 10 is strict", () => {
    expect(price({ planKey: "free", agents: 9 }).eligible).toBe(true);
    const quote = price({ planKey: "free", agents: 10 });
    expect(quote.eligible).toBe(false);
    expect(quote.reasons).toEqual(["Free is for less than 10 agents; 10 given"]);
  });

  it("gives every reason", () => {
    const quote = price({ planKey: "free", agents: 12, bots: 5, licenseEdition: "enterprise" });
    expect(quote.reasons).toEqual([
      "Free is for less than 10 agents; 12 given",
      "Free is for less than 5 bots; 5 given",
      "Free is sold with PRO licenses; the customer has Enterprise",
    ]);
    expect(quote.total).toBe("0.00");
  });

  it("a missing figure never makes a plan ineligible", () => {
    expect(price({ planKey: "free" })).toMatchObject({ eligible: true, reasons: [] });
    expect(price({ planKey: "free", bots: 2 })).toMatchObject({ eligible: true, reasons: [] });
  });
});

describe("guarantee in a quote", () => {
  it("is there only with a budget", () => {
    expect(price({ planKey: "free" }).guarantee).toBeNull();
    expect(price({ planKey: "free", projectBudget: "25000", goLiveDate: "2026-12-01" }).guarantee).toMatchObject({
      days: 60,
      startsOn: "2026-12-01",
      endsOn: "2027-01-29",
    });
  });

  it("is null for a catalog without bands", () => {
    const bare = fixtureCatalog((d) => ({ ...d, guaranteeBands: [] }));
    expect(priceQuote(bare, { planKey: "free", projectBudget: "25000" }).guarantee).toBeNull();
  });
});

const money = fc
  .tuple(fc.bigInt({ min: 0n, max: 10n ** 12n }), fc.integer({ min: 0, max: 99 }))
  .map(([int, cents]) => `${int}.${String(cents).padStart(2, "0")}`);

describe("properties", () => {
  it("the total is the sum of the lines", () => {
    fc.assert(
      fc.property(money, money, fc.integer({ min: 1, max: 10 }), fc.nat({ max: 50 }), (license, budget, term, packs) => {
        const quote = price({
          planKey: "business",
          licensePrice: license,
          projectBudget: budget,
          termYears: term,
          addOnKeys: ["setup", "credits"],
          creditPacks: [{ credits: 50, quantity: packs }],
        });
        const sum = quote.lines.reduce((s, l) => s.plus(l.amount!), new Dec(0));
        expect(new Dec(quote.total!).eq(sum)).toBe(true);
        expect(quote.total).toMatch(/^\d+\.\d{2}$/);
      }),
    );
  });

  it("a percent price never falls as the base grows", () => {
    fc.assert(
      fc.property(money, money, fc.constantFrom("business", "project"), (a, b, plan) => {
        const [lo, hi] = new Dec(a).lte(b) ? [a, b] : [b, a];
        const at = (base: string) => new Dec(price({ planKey: plan, licensePrice: base, projectBudget: base }).total!);
        expect(at(lo).lte(at(hi))).toBe(true);
      }),
    );
  });
});
