import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { GuaranteeBand } from "../../server/domain/catalog.js";
import { bandContains, guaranteeFor } from "../../server/domain/guarantee.js";
import { Dec } from "../../server/domain/money.js";
import { bandProblems } from "../../server/domain/validate-catalog.js";

const band = (min: string, minInclusive: boolean, max: string | null, maxInclusive: boolean, days: number): GuaranteeBand => ({
  min,
  minInclusive,
  max,
  maxInclusive,
  days,
  label: null,
});

/** Seed 003: below 25,000 -> 30 days; from 25,000 to 75,000 (both included) -> 60; above 75,000 -> 90. */
const AIMARAS = [band("0", true, "25000", false, 30), band("25000", true, "75000", true, 60), band("75000", false, null, false, 90)];

describe("guarantee bands", () => {
  it.each([
    ["0", 30],
    ["24999.99", 30],
    ["25000", 60],
    ["25000.01", 60],
    ["74999.99", 60],
    ["75000", 60],
    ["75000.01", 90],
    ["10000000", 90],
  ])("a budget of %s gets %i days", (budget, days) => {
    expect(guaranteeFor(AIMARAS, new Dec(budget), null)?.days).toBe(days);
  });

  it.each([
    ["2026-01-01", "25000", "2026-03-01"],
    ["2026-12-15", "1000", "2027-01-13"],
    ["2028-02-01", "80000", "2028-04-30"],
  ])("from go-live %s with a budget of %s the last covered day is %s", (goLive, budget, endsOn) => {
    expect(guaranteeFor(AIMARAS, new Dec(budget), goLive)).toMatchObject({ startsOn: goLive, endsOn });
  });

  it("the demo bands validate", () => {
    expect(bandProblems(AIMARAS)).toEqual([]);
  });

  it.each<[string, GuaranteeBand[], string]>([
    ["a gap between bands", [band("0", true, "100", false, 1), band("200", true, null, false, 2)], "Budgets between 100 and 200 fall in no band"],
    ["a gap at the shared bound", [band("0", true, "100", false, 1), band("100", false, null, false, 2)], "Budgets between 100 and 100 fall in no band"],
    ["an overlap at the shared bound", [band("0", true, "100", true, 1), band("100", true, null, false, 2)], "The bands overlap at 100"],
    ["an overlap", [band("0", true, "150", false, 1), band("100", true, null, false, 2)], "The bands overlap at 100"],
    ["not starting at 0", [band("1", true, null, false, 1)], "The first band must start at a budget of 0, inclusive"],
    ["0 excluded", [band("0", false, null, false, 1)], "The first band must start at a budget of 0, inclusive"],
    ["a bounded last band", [band("0", true, "100", true, 1)], "Budgets above 100 fall in no band: leave the last band without an upper bound"],
  ])("refuses %s", (_name, bands, message) => {
    expect(bandProblems(bands).map((p) => p.message)).toContain(message);
  });

  it("every budget from 0 up falls in exactly one band of a valid list", () => {
    const bounds = fc.uniqueArray(fc.integer({ min: 1, max: 1_000_000 }), { maxLength: 6 }).map((xs) => xs.sort((a, b) => a - b));
    fc.assert(
      fc.property(bounds, fc.array(fc.boolean(), { minLength: 6, maxLength: 6 }), fc.integer({ min: 0, max: 1_100_000 }), fc.integer({ min: 0, max: 99 }), (cuts, lowerSide, whole, cents) => {
        // Build bands from the cut points; at each cut exactly one side includes it.
        const edges = ["0", ...cuts.map(String)];
        const bands = edges.map((min, i) =>
          band(min, i === 0 ? true : !lowerSide[i - 1], i + 1 < edges.length ? edges[i + 1] : null, i + 1 < edges.length ? lowerSide[i] : false, i + 1),
        );
        expect(bandProblems(bands)).toEqual([]);
        const budget = new Dec(`${whole}.${String(cents).padStart(2, "0")}`);
        expect(bands.filter((b) => bandContains(b, budget))).toHaveLength(1);
        for (const cut of cuts) expect(bands.filter((b) => bandContains(b, new Dec(cut)))).toHaveLength(1);
      }),
    );
  });
});
