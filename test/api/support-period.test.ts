import { describe, expect, it } from "vitest";
import { startTestApp } from "../support/app.js";

const t = await startTestApp();

const PERIOD = `query($input: PriceQuoteInput!) {
  priceQuote(input: $input) { guarantee { days startsOn endsOn } supportPeriod { startsOn endsOn } }
}`;

const quote = async (input: Record<string, unknown>) => {
  const answer = await t.gql(PERIOD, { input });
  expect(answer.errors).toBeUndefined();
  return answer.data.priceQuote;
};

describe("priceQuote.supportPeriod", () => {
  it.each([
    // Aimaras: 30 days below 25,000, 60 from 25,000 to 75,000, 90 above.
    [{ catalogSlug: "aimaras", planKey: "basic", projectBudget: "1000", goLiveDate: "2026-01-01" }, "2026-01-31", "2027-01-30"],
    [{ catalogSlug: "aimaras", planKey: "business", projectBudget: "75000", goLiveDate: "2026-01-01", termYears: 3 }, "2026-03-02", "2029-03-01"],
    [{ catalogSlug: "aimaras", planKey: "premium", projectBudget: "75000.01", goLiveDate: "2027-12-01" }, "2028-02-29", "2029-02-28"],
    [{ catalogSlug: "pipe17", planKey: "enterprise", goLiveDate: "2027-12-01" }, "2027-12-01", "2028-11-30"],
    [{ catalogSlug: "beesender", planKey: "business", licensePrice: "50000", goLiveDate: "2028-02-29", termYears: 4 }, "2028-02-29", "2032-02-29"],
    [{ catalogSlug: "pipe17", planKey: "standard", goLiveDate: "2026-12-01", termYears: 2 }, "2026-12-01", "2028-11-30"],
  ])("%o runs from %s to %s", async (input, startsOn, endsOn) => {
    expect((await quote(input)).supportPeriod).toEqual({ startsOn, endsOn });
  });

  it("follows the guarantee's last day", async () => {
    const q = await quote({ catalogSlug: "aimaras", planKey: "basic", projectBudget: "30000", goLiveDate: "2026-06-15" });
    expect(q.guarantee).toEqual({ days: 60, startsOn: "2026-06-15", endsOn: "2026-08-13" });
    expect(q.supportPeriod).toEqual({ startsOn: "2026-08-14", endsOn: "2027-08-13" });
  });

  it("is null without a go-live date", async () => {
    expect((await quote({ catalogSlug: "aimaras", planKey: "basic", projectBudget: "30000" })).supportPeriod).toBeNull();
  });
});
