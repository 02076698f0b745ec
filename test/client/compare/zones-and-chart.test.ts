import { describe, expect, it } from "vitest";
import { axisMax, crossings, samplePoints } from "../../../client/src/modules/compare/lib/chart.js";
import { formatInZone } from "../../../client/src/modules/compare/lib/zone-time.js";
import { offsetMinutes, visitorZone } from "../../../client/src/modules/compare/lib/zones.js";

describe("times in the visitor's zone", () => {
  it("shows an instant at a fixed offset", () => {
    expect(formatInZone("2026-12-07T09:00:00.000Z", "+02:00")).toBe("Mon 7 Dec, 11:00 (+02:00)");
    expect(formatInZone("2026-12-07T01:00:00.000Z", "-02:00")).toBe("Sun 6 Dec, 23:00 (-02:00)");
  });

  it("shows an instant in a named zone, daylight saving included", () => {
    expect(formatInZone("2026-07-01T13:00:00.000Z", "America/Los_Angeles")).toBe("Wed 1 Jul, 06:00 (America/Los_Angeles)");
    expect(formatInZone("2026-12-01T14:00:00.000Z", "America/Los_Angeles")).toBe("Tue 1 Dec, 06:00 (America/Los_Angeles)");
  });

  it("reads offsets, and picks the zone to use", () => {
    expect(offsetMinutes("-02:30")).toBe(-150);
    expect(offsetMinutes("Europe/Paris")).toBeNull();
    expect(visitorZone("+03:00", ["+01:00", "+03:00"])).toBe("+03:00");
    expect(visitorZone("Not/AZone", ["Mars/Base"])).toBe("Mars/Base");
  });
});

describe("the price chart's geometry", () => {
  it("rounds the axis up to twice the visitor's figure", () => {
    expect(axisMax(50_000)).toBe(100_000);
    expect(axisMax(80_000)).toBe(200_000);
    expect(axisMax(null)).toBe(100_000);
    expect(samplePoints(100_000, 5)).toEqual(["0", "25000", "50000", "75000", "100000"]);
  });

  it("marks where two tiers change places, not where they start together", () => {
    const xs = [0, 10, 20];
    const series = [
      { key: "a", name: "Flat", values: [0, 50, 100] },
      { key: "b", name: "Floor", values: [0, 80, 80] },
      { key: "c", name: "Steep", values: [0, 100, 200] },
    ];
    const found = crossings(xs, series);
    expect(found.map((c) => c.between)).toEqual([["Flat", "Floor"]]);
    expect(found[0].x).toBeCloseTo(16);
    expect(found[0].y).toBeCloseTo(80);
  });

  it("ignores samples the server could not price", () => {
    expect(crossings([0, 1], [{ key: "a", name: "A", values: [1, null] }, { key: "b", name: "B", values: [2, 0] }])).toEqual([]);
  });
});
