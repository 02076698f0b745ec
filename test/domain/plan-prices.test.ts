import { describe, expect, it } from "vitest";
import { DomainError } from "../../server/domain/errors.js";
import { planPrices, type PlanPricesInput } from "../../server/domain/plan-prices.js";
import { priceQuote } from "../../server/domain/pricing.js";
import { fixtureCatalog } from "../support/catalog-fixture.js";

const catalog = fixtureCatalog();

/** planKey -> total, or the figure the plan waits for, in catalog order. */
const summary = (input: PlanPricesInput) =>
  Object.fromEntries(planPrices(catalog, input).map((p) => [p.planKey, p.quote ? p.quote.total : `waits for ${p.missingFigure}: ${p.unpricedReason}`]));

describe("planPrices: which plans the figures can price", () => {
  it.each<[string, PlanPricesInput, Record<string, string | null>]>([
    [
      "no figures: percent plans wait for their base, the others are priced",
      {},
      {
        free: "0.00",
        business: "waits for LICENSE_PRICE: Enter your license price",
        project: "waits for PROJECT_BUDGET: Enter your project budget",
        monthly: "1199.88",
        setup: "500.00",
        custom: null,
        credits: "0.00",
      },
    ],
    [
      "a license price prices the license plan, not the budget plan",
      { licensePrice: "50000" },
      {
        free: "0.00",
        business: "5000.00",
        project: "waits for PROJECT_BUDGET: Enter your project budget",
        monthly: "1199.88",
        setup: "500.00",
        custom: null,
        credits: "0.00",
      },
    ],
    [
      "both bases over two years",
      { licensePrice: "50000", projectBudget: "40000", termYears: 2 },
      { free: "0.00", business: "10000.00", project: "10000.00", monthly: "2399.76", setup: "500.00", custom: null, credits: "0.00" },
    ],
  ])("%s", (_name, input, expected) => {
    expect(summary(input)).toEqual(expected);
  });

  it("answers each priced plan exactly as priceQuote does for it alone", () => {
    const input = { licensePrice: "12345.65", projectBudget: "100", termYears: 3, goLiveDate: "2026-03-01", agents: 4 };
    for (const priced of planPrices(catalog, input)) {
      expect(priced.quote).toEqual(priceQuote(catalog, { ...input, planKey: priced.planKey }));
    }
  });

  it.each<[string, PlanPricesInput, string]>([
    ["a malformed license price", { licensePrice: "12,5" }, "licensePrice"],
    ["a term beyond ten years, even when no plan could be priced for it", { termYears: 11 }, "termYears"],
    ["an unknown edition", { licenseEdition: "gold" }, "licenseEdition"],
    ["a go-live date that is not a date", { goLiveDate: "2026-02-30" }, "goLiveDate"],
  ])("refuses %s, naming the field", (_name, input, field) => {
    let error: unknown;
    try {
      planPrices(catalog, input);
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).field).toBe(field);
  });
});
