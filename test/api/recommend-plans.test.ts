import { describe, expect, it } from "vitest";
import { errorCode, startTestApp } from "../support/app.js";

const t = await startTestApp();

const RECOMMEND = `query($input: PlanFitInput!) { recommendPlans(input: $input) { planKey addOnKeys fits reasons total } }`;

const recommend = async (input: Record<string, unknown>) => {
  const answer = await t.gql(RECOMMEND, { input });
  expect(answer.errors).toBeUndefined();
  return answer.data.recommendPlans as { planKey: string; addOnKeys: string[]; fits: boolean; reasons: string[]; total: string | null }[];
};

describe("recommendPlans", () => {
  it("Beesender: P1 within 1 business hour every day puts Business first", async () => {
    const fits = await recommend({
      catalogSlug: "beesender",
      licensePrice: "50000",
      response: { priorityKey: "p1", within: "1", unit: "BUSINESS_HOURS" },
      coverage: "EVERY_DAY",
    });
    expect(fits.map((f) => [f.planKey, f.fits, f.total])).toEqual([
      ["business", true, "5000.00"],
      ["premium", true, "10000.00"],
      ["basic", false, "0.00"],
    ]);
    expect(fits[2].reasons).toHaveLength(2);
    expect(fits[2].reasons[0]).toContain("4 business hours");
  });

  it("Pipe17: Standard needs its Premium add-on to answer Urgent within 30 minutes; the add-on alone is not listed", async () => {
    const fits = await recommend({ catalogSlug: "pipe17", response: { priorityKey: "urgent", within: "30", unit: "CALENDAR_MINUTES" } });
    expect(fits.map((f) => [f.planKey, f.addOnKeys, f.fits, f.total])).toEqual([
      ["standard", ["premium"], true, null],
      ["enterprise", ["premium"], true, null],
      ["configuration", [], false, null],
    ]);
  });

  it("Aimaras with a budget and term: totals are priceQuote's", async () => {
    const fits = await recommend({ catalogSlug: "aimaras", projectBudget: "33333.33", termYears: 2, coverage: "WEEKDAYS" });
    expect(fits.map((f) => [f.planKey, f.total])).toEqual([
      ["basic", "4000.00"],
      ["business", "8000.00"],
      ["premium", "13333.34"],
    ]);
  });

  it("takes the need as literals too", async () => {
    const answer = await t.gql(
      `{ recommendPlans(input: { catalogSlug: "beesender", response: { priorityKey: "p2", within: 1.5, unit: CALENDAR_HOURS } }) { planKey fits } }`,
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data.recommendPlans.filter((f: { fits: boolean }) => f.fits).map((f: { planKey: string }) => f.planKey)).toEqual([]);
  });

  it.each([
    [{ catalogSlug: "no-such-catalog" }, "NOT_FOUND", "catalogSlug"],
    [{ catalogSlug: "beesender", response: { priorityKey: "urgent", within: "1", unit: "BUSINESS_HOURS" } }, "NOT_FOUND", "response.priorityKey"],
    [{ catalogSlug: "beesender", response: { priorityKey: "p1", within: "0", unit: "BUSINESS_HOURS" } }, "BAD_USER_INPUT", "response.within"],
    [{ catalogSlug: "beesender", response: { priorityKey: "p1", within: "-2", unit: "BUSINESS_HOURS" } }, "BAD_USER_INPUT", "response.within"],
    [{ catalogSlug: "beesender", response: { priorityKey: "p1", within: "1e3", unit: "BUSINESS_HOURS" } }, "BAD_USER_INPUT", "response.within"],
    [{ catalogSlug: "beesender", response: { priorityKey: "p1", within: "1", unit: "WEEKS" } }, "BAD_USER_INPUT", "response.unit"],
    [{ catalogSlug: "beesender", coverage: "NIGHTS" }, "BAD_USER_INPUT", "coverage"],
    [{ catalogSlug: "beesender", termYears: 11 }, "BAD_USER_INPUT", "termYears"],
    [{ catalogSlug: "beesender", agents: 100001 }, "BAD_USER_INPUT", "agents"],
    [{ catalogSlug: "beesender", licensePrice: "12.345" }, "BAD_USER_INPUT", "licensePrice"],
  ])("%o is %s naming %s", async (input, code, field) => {
    const answer = await t.gql(RECOMMEND, { input });
    expect(errorCode(answer)).toBe(code);
    expect(answer.errors![0].extensions!.field).toBe(field);
    expect(answer.errors![0].message).not.toMatch(/at \w+ \(/);
  });
});
