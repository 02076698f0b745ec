import { describe, expect, it } from "vitest";
import { countOrNull, figuresFromSearch, NO_FIGURES, searchFromFigures } from "../../../client/src/modules/compare/lib/figures-url.js";

const all = new Set(["licensePrice", "projectBudget", "termYears", "agents", "bots", "tz"] as const);

describe("the visitor's figures in the address", () => {
  it("reads the figures of a shared link", () => {
    expect(figuresFromSearch("?licensePrice=50000&termYears=2&agents=12&tz=%2B02:00")).toEqual({ ...NO_FIGURES, licensePrice: "50000", termYears: 2, agents: "12", tz: "+02:00" });
  });

  it("falls back to one year for a term outside 1-10 or not a whole number", () => {
    expect(figuresFromSearch("?termYears=11").termYears).toBe(1);
    expect(figuresFromSearch("?termYears=2.5").termYears).toBe(1);
    expect(figuresFromSearch("?termYears=0").termYears).toBe(1);
  });

  it("writes only the figures the catalog uses, in a fixed order, without empty ones or the default term", () => {
    const figures = { ...NO_FIGURES, licensePrice: " 50000 ", projectBudget: "9000", termYears: 1, bots: "" };
    expect(searchFromFigures(figures, new Set(["licensePrice", "termYears"]))).toBe("?licensePrice=50000");
    expect(searchFromFigures({ ...figures, termYears: 3 }, all)).toBe("?licensePrice=50000&projectBudget=9000&termYears=3");
    expect(searchFromFigures(NO_FIGURES, all)).toBe("");
  });

  it("round-trips a zone with a plus sign", () => {
    expect(figuresFromSearch(searchFromFigures({ ...NO_FIGURES, tz: "+02:00" }, all)).tz).toBe("+02:00");
  });

  it("reads a count typed by a person, refusing fractions and words", () => {
    expect(countOrNull(" 12 ")).toBe(12);
    expect(countOrNull("1.5")).toBeNull();
    expect(countOrNull("ten")).toBeNull();
    expect(countOrNull("")).toBeNull();
  });
});
