import { describe, expect, it } from "vitest";
import { supportPeriod } from "../../server/domain/support-period.js";
import { priceQuote } from "../../server/domain/pricing.js";
import { demoCatalog } from "../support/demo-catalog.js";

describe("supportPeriod without a guarantee", () => {
  it.each([
    // go-live, term, startsOn, endsOn
    ["2026-01-01", 1, "2026-01-01", "2026-12-31"],
    ["2026-12-01", 1, "2026-12-01", "2027-11-30"],
    ["2026-03-15", 2, "2026-03-15", "2028-03-14"],
    ["2027-03-01", 1, "2027-03-01", "2028-02-29"],
    ["2027-03-01", 2, "2027-03-01", "2029-02-28"],
    ["2028-02-28", 1, "2028-02-28", "2029-02-27"],
    ["2028-02-29", 1, "2028-02-29", "2029-02-28"],
    ["2028-02-29", 4, "2028-02-29", "2032-02-29"],
    ["2028-02-29", 3, "2028-02-29", "2031-02-28"],
    ["2027-02-28", 1, "2027-02-28", "2028-02-27"],
    ["2026-07-31", 5, "2026-07-31", "2031-07-30"],
    ["2026-01-01", 10, "2026-01-01", "2035-12-31"],
  ] as const)("from %s for %i years: %s to %s", (goLive, term, startsOn, endsOn) => {
    expect(supportPeriod(goLive, term)).toEqual({ startsOn, endsOn });
  });

  it.each([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])("a term of %i years from 1 January ends on 31 December of its last year", (term) => {
    expect(supportPeriod("2026-01-01", term)).toEqual({ startsOn: "2026-01-01", endsOn: `${2025 + term}-12-31` });
  });

  it("is null without a go-live date", () => {
    expect(supportPeriod(null, 3)).toBeNull();
  });
});

describe("supportPeriod after a guarantee", () => {
  it.each([
    // go-live, guarantee's last day, term, startsOn, endsOn
    ["2026-01-01", "2026-01-30", 1, "2026-01-31", "2027-01-30"],
    ["2026-01-01", "2026-03-01", 2, "2026-03-02", "2028-03-01"],
    ["2027-12-31", "2028-02-28", 1, "2028-02-29", "2029-02-28"],
    ["2027-12-31", "2028-02-28", 4, "2028-02-29", "2032-02-29"],
    ["2028-01-01", "2028-02-29", 1, "2028-03-01", "2029-02-28"],
  ] as const)("go-live %s, guarantee to %s, %i years: %s to %s", (goLive, guaranteeEnd, term, startsOn, endsOn) => {
    expect(supportPeriod(goLive, term, guaranteeEnd)).toEqual({ startsOn, endsOn });
  });
});

describe("priceQuote's supportPeriod", () => {
  it("starts after Aimaras' guarantee: 60 days for a 25,000 budget", () => {
    const quote = priceQuote(demoCatalog("aimaras"), { planKey: "business", projectBudget: "25000", goLiveDate: "2026-01-01", termYears: 2 });
    expect(quote.guarantee).toMatchObject({ days: 60, startsOn: "2026-01-01", endsOn: "2026-03-01" });
    expect(quote.supportPeriod).toEqual({ startsOn: "2026-03-02", endsOn: "2028-03-01" });
  });

  it("starts on go-live when no budget is given, so no guarantee applies", () => {
    const quote = priceQuote(demoCatalog("beesender"), { planKey: "business", licensePrice: "1000", goLiveDate: "2028-02-29" });
    expect(quote.guarantee).toBeNull();
    expect(quote.supportPeriod).toEqual({ startsOn: "2028-02-29", endsOn: "2029-02-28" });
  });

  it("is null without a go-live date, even with a guarantee", () => {
    const quote = priceQuote(demoCatalog("aimaras"), { planKey: "basic", projectBudget: "1000" });
    expect(quote.guarantee?.days).toBe(30);
    expect(quote.supportPeriod).toBeNull();
  });
});
