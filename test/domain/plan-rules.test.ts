import { describe, expect, it } from "vitest";
import { catalogFigures, isPricedOnRequest, isTier, planFigures } from "../../server/domain/plan-rules.js";
import { fixtureCatalog } from "../support/catalog-fixture.js";

describe("plan rules", () => {
  const catalog = fixtureCatalog();
  const plan = (key: string) => catalog.plans.find((p) => p.key === key)!;

  it.each([
    ["free", ["AGENTS", "BOTS", "LICENSE_EDITION"]],
    ["business", ["LICENSE_PRICE", "TERM_YEARS"]],
    ["project", ["PROJECT_BUDGET", "TERM_YEARS"]],
    ["monthly", ["TERM_YEARS"]],
    ["setup", []],
    ["custom", []],
    ["credits", []],
  ])("%s reads %o", (key, figures) => {
    expect(planFigures(plan(key))).toEqual(figures);
  });

  it("a catalog with guarantee bands asks for the budget and go-live date", () => {
    expect(catalogFigures(catalog)).toEqual(["LICENSE_PRICE", "PROJECT_BUDGET", "TERM_YEARS", "AGENTS", "BOTS", "GO_LIVE_DATE", "LICENSE_EDITION"]);
    const noBands = fixtureCatalog((d) => ({ ...d, guaranteeBands: [], plans: d.plans.filter((p) => p.key === "monthly") }));
    expect(catalogFigures(noBands)).toEqual(["TERM_YEARS"]);
  });

  it("a license-price limit alone makes the license price worth asking", () => {
    const limited = fixtureCatalog((d) => ({
      ...d,
      guaranteeBands: [],
      plans: [{ key: "only", name: "Only", pricing: { kind: "QUOTE_BASED" }, limits: [{ figure: "LICENSE_PRICE", comparison: "AT_LEAST", value: "1000" }] }],
    }));
    expect(catalogFigures(limited)).toEqual(["LICENSE_PRICE"]);
  });

  it.each([
    ["free", true, false],
    ["setup", false, false],
    ["custom", true, true],
    ["credits", true, false],
  ])("%s: a tier %s, on request %s", (key, tier, onRequest) => {
    expect([isTier(plan(key)), isPricedOnRequest(plan(key))]).toEqual([tier, onRequest]);
  });

  it("credit packs are on request only when no pack has a price", () => {
    const unpriced = fixtureCatalog((d) => {
      d.plans[6].pricing.packs = d.plans[6].pricing.packs!.map((p) => ({ ...p, price: null as never }));
      return d;
    });
    expect(isPricedOnRequest(unpriced.plans[6])).toBe(true);
  });
});
