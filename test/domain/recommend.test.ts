import { describe, expect, it } from "vitest";
import type { Catalog } from "../../server/domain/catalog.js";
import { readCatalog } from "../../server/domain/catalog-reader.js";
import { DomainError } from "../../server/domain/errors.js";
import { recommendPlans, type PlanFitInput } from "../../server/domain/recommend.js";
import { demoCatalog } from "../support/demo-catalog.js";

const WEEK = ["MON", "TUE", "WED", "THU", "FRI"];
const ALL = [...WEEK, "SAT", "SUN"];
const hours = (days: string[], start = "09:00", end = "17:00", extra: Record<string, unknown> = {}) => ({
  zones: ["UTC"],
  windows: [{ days, start, end }],
  ...extra,
});
const ALWAYS = { zones: ["UTC"], alwaysOpen: true };
const fixed = (amount: string) => ({ kind: "FIXED", amount });

/** One priority, tiers with different hours and targets, and add-ons to mend the first. */
function fixture(plans: unknown[]): Catalog {
  const { catalog, problems } = readCatalog({
    slug: "fit",
    name: "Fit",
    currency: "USD",
    priorities: [
      { key: "p1", label: "P1" },
      { key: "p2", label: "P2" },
    ],
    plans,
  });
  if (problems.length > 0) throw new Error(JSON.stringify(problems));
  return catalog;
}

const plan = (key: string, more: Record<string, unknown>) => ({ key, name: key[0].toUpperCase() + key.slice(1), ...more });
const addOn = (key: string, to: string[], more: Record<string, unknown>) => plan(key, { availability: ["ADD_ON"], addOnTo: to, ...more });

/** [planKey, addOnKeys, fits, total] per entry, in the order given. */
const summary = (catalog: Catalog, input: PlanFitInput) =>
  recommendPlans(catalog, input).map((f) => [f.planKey, f.addOnKeys, f.fits, f.total]);

const errorOf = (fn: () => unknown): DomainError => {
  try {
    fn();
  } catch (err) {
    if (err instanceof DomainError) return err;
    throw err;
  }
  throw new Error("no error thrown");
};

describe("recommendPlans on the demo catalogs", () => {
  const beesender = demoCatalog("beesender");
  const aimaras = demoCatalog("aimaras");
  const pipe17 = demoCatalog("pipe17");

  it("Beesender, P1 within 1 business hour every day: Business first, then Premium, Basic short of both needs", () => {
    const fits = recommendPlans(beesender, {
      licensePrice: "50000",
      response: { priorityKey: "p1", within: "1", unit: "BUSINESS_HOURS" },
      coverage: "EVERY_DAY",
    });
    expect(fits.map((f) => [f.planKey, f.addOnKeys, f.fits, f.total])).toEqual([
      ["business", [], true, "5000.00"],
      ["premium", [], true, "10000.00"],
      ["basic", [], false, "0.00"],
    ]);
    expect(fits[2].reasons).toEqual([
      "Basic answers P1 within 4 business hours; within 1 business hour asked",
      "Basic is not open on every day of the week: its support hours are Mon–Fri 09:00–18:00 (+01:00, +02:00, +03:00, +08:00, +10:00, -02:00)",
    ]);
    expect(fits[0].reasons).toEqual([]);
  });

  it("Beesender without a license price: the fitting tiers are unpriced, so they keep catalog order", () => {
    expect(summary(beesender, { response: { priorityKey: "p1", within: "1", unit: "BUSINESS_HOURS" }, coverage: "EVERY_DAY" })).toEqual([
      ["business", [], true, null],
      ["premium", [], true, null],
      ["basic", [], false, "0.00"],
    ]);
  });

  it("Beesender with no needs: every tier fits, cheapest first", () => {
    expect(summary(beesender, { licensePrice: "1000", termYears: 2 })).toEqual([
      ["basic", [], true, "0.00"],
      ["business", [], true, "200.00"],
      ["premium", [], true, "400.00"],
    ]);
  });

  it.each([
    // A 24/7 calendar's business hours are hours: Premium answers P1 within 1 hour.
    [{ priorityKey: "p1", within: "1", unit: "CALENDAR_HOURS" }, ["premium"]],
    [{ priorityKey: "p1", within: "60", unit: "CALENDAR_MINUTES" }, ["premium"]],
    [{ priorityKey: "p1", within: "59", unit: "CALENDAR_MINUTES" }, []],
    [{ priorityKey: "p2", within: "1", unit: "CALENDAR_DAYS" }, ["premium"]],
    [{ priorityKey: "p2", within: "4", unit: "BUSINESS_HOURS" }, ["business", "premium"]],
  ] as const)("Beesender, %o: %o fit", (response, fitting) => {
    const fits = recommendPlans(beesender, { licensePrice: "1000", response: { ...response } });
    expect(fits.filter((f) => f.fits).map((f) => f.planKey)).toEqual(fitting);
  });

  it("Aimaras with a budget: Severity A within 2 business hours fits Business then Premium, priced on the budget", () => {
    expect(summary(aimaras, { projectBudget: "100000", response: { priorityKey: "a", within: "2", unit: "BUSINESS_HOURS" } })).toEqual([
      ["business", [], true, "12000.00"],
      ["premium", [], true, "20000.00"],
      ["basic", [], false, "6000.00"],
    ]);
  });

  it("Aimaras with a budget over three years, round the clock: Premium only", () => {
    expect(summary(aimaras, { projectBudget: "30000", termYears: 3, coverage: "ALWAYS" })).toEqual([
      ["premium", [], true, "18000.00"],
      ["basic", [], false, "5400.00"],
      ["business", [], false, "10800.00"],
    ]);
  });

  it("Pipe17, Urgent within 1 hour: Standard and Enterprise need the Premium add-on; Configuration has no target", () => {
    const fits = recommendPlans(pipe17, { response: { priorityKey: "urgent", within: "1", unit: "CALENDAR_HOURS" } });
    expect(fits.map((f) => [f.planKey, f.addOnKeys, f.fits, f.total])).toEqual([
      ["standard", ["premium"], true, null],
      ["enterprise", ["premium"], true, null],
      ["configuration", [], false, null],
    ]);
    expect(fits[2].reasons).toEqual(["Configuration Support has no response-time target for Urgent; Urgent within 1 hour asked"]);
  });

  it("Pipe17, Urgent within 6 business hours on weekdays: the included Standard fits alone at 0.00", () => {
    expect(
      summary(pipe17, { response: { priorityKey: "urgent", within: "6", unit: "BUSINESS_HOURS" }, coverage: "WEEKDAYS" }),
    ).toEqual([
      ["standard", [], true, "0.00"],
      ["enterprise", [], true, null],
      ["configuration", [], false, null],
    ]);
  });

  it("Pipe17, every day: Premium's 24/7 hours mend Standard and Enterprise", () => {
    expect(summary(pipe17, { coverage: "EVERY_DAY" }).map((f) => f.slice(0, 3))).toEqual([
      ["standard", ["premium"], true],
      ["enterprise", ["premium"], true],
      ["configuration", [], false],
    ]);
  });

  it("Pingstreams: more agents than Pro allows makes it unfit, with the limit in words", () => {
    const fits = recommendPlans(demoCatalog("pingstreams"), { agents: 12 });
    expect(fits.map((f) => [f.planKey, f.fits, f.reasons])).toEqual([
      ["enterprise", true, []],
      ["pro", false, ["Pro is for less than 10 agents; 12 given"]],
    ]);
  });
});

describe("response need", () => {
  const target = (amount: string, unit: string, calendar: unknown = hours(WEEK)) =>
    fixture([plan("only", { pricing: fixed("100"), calendar, sla: { p1: { amount, unit } } })]);
  it.each([
    // target, calendar, need, fits
    ["4", "BUSINESS_HOURS", hours(WEEK), "4", "BUSINESS_HOURS", true],
    ["4", "BUSINESS_HOURS", hours(WEEK), "3.5", "BUSINESS_HOURS", false],
    ["30", "CALENDAR_MINUTES", hours(WEEK), "0.5", "BUSINESS_HOURS", true],
    ["31", "CALENDAR_MINUTES", hours(WEEK), "0.5", "BUSINESS_HOURS", false],
    ["2", "CALENDAR_HOURS", hours(WEEK), "2", "BUSINESS_HOURS", true],
    ["1", "CALENDAR_DAYS", hours(WEEK), "24", "BUSINESS_HOURS", true],
    ["1", "CALENDAR_DAYS", hours(WEEK), "23", "BUSINESS_HOURS", false],
    ["1", "BUSINESS_HOURS", hours(WEEK), "10", "CALENDAR_HOURS", false],
    ["1", "BUSINESS_HOURS", hours(WEEK), "5", "CALENDAR_DAYS", false],
    ["1", "BUSINESS_HOURS", ALWAYS, "1", "CALENDAR_HOURS", true],
    ["1", "BUSINESS_HOURS", ALWAYS, "59", "CALENDAR_MINUTES", false],
    ["24", "BUSINESS_HOURS", ALWAYS, "1", "CALENDAR_DAYS", true],
    ["2", "BUSINESS_HOURS", hours(ALL, "00:00", "24:00"), "2", "CALENDAR_HOURS", true],
    ["2", "BUSINESS_HOURS", hours(ALL, "00:00", "24:00", { holidays: ["2026-12-25"] }), "2", "CALENDAR_HOURS", false],
    ["90", "CALENDAR_MINUTES", hours(WEEK), "1.5", "CALENDAR_HOURS", true],
    ["3", "CALENDAR_DAYS", hours(WEEK), "72", "CALENDAR_HOURS", true],
    ["3", "CALENDAR_DAYS", hours(WEEK), "4319", "CALENDAR_MINUTES", false],
  ] as const)("a target of %s %s on %o meets within %s %s: %s", (amount, unit, calendar, within, needUnit, fits) => {
    const [fit] = recommendPlans(target(amount, unit, calendar), { response: { priorityKey: "p1", within, unit: needUnit } });
    expect(fit.fits).toBe(fits);
    expect(fit.reasons.length).toBe(fits ? 0 : 1);
  });

  it("a plan with no target for the priority does not meet it", () => {
    const [fit] = recommendPlans(target("1", "BUSINESS_HOURS"), { response: { priorityKey: "p2", within: "100", unit: "CALENDAR_DAYS" } });
    expect(fit).toMatchObject({ fits: false, reasons: ["Only has no response-time target for P2; P2 within 100 days asked"] });
  });
});

describe("coverage need", () => {
  const tier = (calendar: unknown) => fixture([plan("only", { pricing: fixed("100"), calendar })]);
  it.each([
    [hours(WEEK), "WEEKDAYS", true],
    [hours(["MON", "TUE", "WED", "THU"]), "WEEKDAYS", false],
    [hours(ALL), "WEEKDAYS", true],
    [hours(WEEK), "EVERY_DAY", false],
    [hours(ALL), "EVERY_DAY", true],
    [hours([...WEEK, "SAT"]), "EVERY_DAY", false],
    [hours(ALL), "ALWAYS", false],
    [ALWAYS, "ALWAYS", true],
    [ALWAYS, "WEEKDAYS", true],
    [hours(ALL, "00:00", "24:00"), "ALWAYS", true],
    [hours(ALL, "00:00", "23:59"), "ALWAYS", false],
    [null, "WEEKDAYS", false],
  ] as const)("%o meets %s: %s", (calendar, coverage, fits) => {
    expect(recommendPlans(tier(calendar), { coverage })[0].fits).toBe(fits);
  });

  it("says which hours fall short", () => {
    const [fit] = recommendPlans(tier(null), { coverage: "ALWAYS" });
    expect(fit.reasons).toEqual(["Only is not open 24/7: it publishes no support hours"]);
  });
});

describe("add-ons", () => {
  const base = plan("base", { pricing: fixed("1000"), calendar: hours(WEEK), sla: { p1: { amount: "8", unit: "BUSINESS_HOURS" } } });
  const fast = (key: string, pricing: unknown, more: Record<string, unknown> = {}) =>
    addOn(key, ["base"], { pricing, calendar: ALWAYS, sla: { p1: { amount: "30", unit: "CALENDAR_MINUTES" } }, ...more });
  const urgent: PlanFitInput = { response: { priorityKey: "p1", within: "1", unit: "CALENDAR_HOURS" } };

  it("names the cheapest add-on that mends the plan, and prices the plan with it", () => {
    const catalog = fixture([base, fast("dear", fixed("700")), fast("cheap", fixed("300"))]);
    expect(summary(catalog, urgent)).toEqual([["base", ["cheap"], true, "1300.00"]]);
  });

  it("takes a priced add-on before one priced on request, wherever it stands", () => {
    const catalog = fixture([base, fast("asked", { kind: "QUOTE_BASED" }), fast("priced", fixed("5000"))]);
    expect(summary(catalog, urgent)).toEqual([["base", ["priced"], true, "6000.00"]]);
  });

  it("breaks a tie in catalog order", () => {
    const catalog = fixture([base, fast("first", fixed("300")), fast("second", fixed("300"))]);
    expect(summary(catalog, urgent)).toEqual([["base", ["first"], true, "1300.00"]]);
    const onRequest = fixture([base, fast("first", { kind: "QUOTE_BASED" }), fast("second", { kind: "QUOTE_BASED" })]);
    expect(summary(onRequest, urgent)).toEqual([["base", ["first"], true, null]]);
  });

  it("skips an add-on that does not mend every need, or that the customer is not eligible for", () => {
    const catalog = fixture([
      base,
      fast("slow", fixed("10"), { sla: { p1: { amount: "2", unit: "CALENDAR_HOURS" } } }),
      fast("small", fixed("20"), { limits: [{ figure: "AGENTS", comparison: "AT_MOST", value: "5" }] }),
      fast("weekdays", fixed("30"), { calendar: hours(WEEK) }),
      fast("right", fixed("40")),
    ]);
    expect(summary(catalog, { ...urgent, agents: 6, coverage: "EVERY_DAY" })).toEqual([["base", ["right"], true, "1040.00"]]);
  });

  it("meets each need from the plan or the add-on: the plan's target, the add-on's hours", () => {
    const catalog = fixture([
      plan("base", { pricing: fixed("1000"), calendar: hours(WEEK), sla: { p1: { amount: "1", unit: "BUSINESS_HOURS" } } }),
      addOn("weekend", ["base"], { pricing: fixed("100"), calendar: hours(["SAT", "SUN"]) }),
      addOn("allweek", ["base"], { pricing: fixed("200"), calendar: hours(ALL) }),
    ]);
    expect(
      summary(catalog, { response: { priorityKey: "p1", within: "1", unit: "BUSINESS_HOURS" }, coverage: "EVERY_DAY" }),
    ).toEqual([["base", ["allweek"], true, "1200.00"]]);
  });

  it("leaves a plan unfit, with its own reasons, when no add-on mends it", () => {
    const catalog = fixture([base, fast("slow", fixed("10"), { sla: { p1: { amount: "2", unit: "CALENDAR_HOURS" } } })]);
    const [fit] = recommendPlans(catalog, urgent);
    expect(fit).toEqual({
      planKey: "base",
      addOnKeys: [],
      fits: false,
      reasons: ["Base answers P1 within 8 business hours; within 1 hour asked"],
      total: "1000.00",
    });
  });

  it("cannot mend a plan the customer is not eligible for", () => {
    const limited = { ...base, limits: [{ figure: "BOTS", comparison: "LESS_THAN", value: "5" }] };
    const [fit] = recommendPlans(fixture([limited, fast("fast", fixed("1"))]), { ...urgent, bots: 5 });
    expect(fit.fits).toBe(false);
    expect(fit.addOnKeys).toEqual([]);
    expect(fit.reasons[0]).toBe("Base is for less than 5 bots; 5 given");
  });

  it("prices an add-on on its own figure: an unpriced percent add-on counts as dearer than a priced one", () => {
    const catalog = fixture([base, fast("percent", { kind: "PERCENT_OF_LICENSE", percent: "1" }), fast("flat", fixed("900"))]);
    expect(summary(catalog, urgent)).toEqual([["base", ["flat"], true, "1900.00"]]);
    expect(summary(catalog, { ...urgent, licensePrice: "1000" })).toEqual([["base", ["percent"], true, "1010.00"]]);
  });
});

describe("which plans and in what order", () => {
  const catalog = fixture([
    plan("onrequest", { pricing: { kind: "QUOTE_BASED" } }),
    plan("dear", { pricing: fixed("900") }),
    plan("percent", { pricing: { kind: "PERCENT_OF_LICENSE", percent: "10" } }),
    plan("cheap", { pricing: fixed("100"), limits: [{ figure: "AGENTS", comparison: "LESS_THAN", value: "3" }] }),
    plan("included", { availability: ["INCLUDED"], pricing: { kind: "INCLUDED" } }),
    addOn("extra", ["dear"], { pricing: fixed("1") }),
    plan("late", { pricing: fixed("900") }),
  ]);

  it("lists tiers and included plans only; fitting by total with unknown totals after, then unfitting in catalog order", () => {
    expect(summary(catalog, { agents: 5 })).toEqual([
      ["included", [], true, "0.00"],
      ["dear", [], true, "900.00"],
      ["late", [], true, "900.00"],
      ["onrequest", [], true, null],
      ["percent", [], true, null],
      ["cheap", [], false, "100.00"],
    ]);
  });

  it("never lets a missing figure make a plan unfit", () => {
    expect(summary(catalog, {}).map((f) => f[2])).toEqual([true, true, true, true, true, true]);
    expect(summary(catalog, { licensePrice: "20000" }).map((f) => f[0])).toEqual(["included", "cheap", "dear", "late", "percent", "onrequest"]);
  });
});

describe("recommendPlans refuses bad input", () => {
  const beesender = demoCatalog("beesender");
  it.each([
    [{ response: { priorityKey: "p9", within: "1", unit: "BUSINESS_HOURS" } }, "NOT_FOUND", "response.priorityKey"],
    [{ response: { priorityKey: "p1", within: "0", unit: "BUSINESS_HOURS" } }, "BAD_USER_INPUT", "response.within"],
    [{ response: { priorityKey: "p1", within: "-1", unit: "BUSINESS_HOURS" } }, "BAD_USER_INPUT", "response.within"],
    [{ response: { priorityKey: "p1", within: "100001", unit: "CALENDAR_DAYS" } }, "BAD_USER_INPUT", "response.within"],
    [{ response: { priorityKey: "p1", within: "1", unit: "WEEKS" } }, "BAD_USER_INPUT", "response.unit"],
    [{ termYears: 0 }, "BAD_USER_INPUT", "termYears"],
    [{ termYears: 11 }, "BAD_USER_INPUT", "termYears"],
    [{ agents: -1 }, "BAD_USER_INPUT", "agents"],
    [{ bots: 100001 }, "BAD_USER_INPUT", "bots"],
    [{ licensePrice: "1.234" }, "BAD_USER_INPUT", "licensePrice"],
    [{ projectBudget: "-5" }, "BAD_USER_INPUT", "projectBudget"],
    [{ licenseEdition: "gold" }, "BAD_USER_INPUT", "licenseEdition"],
    [{ coverage: "WEEKENDS" }, "BAD_USER_INPUT", "coverage"],
  ])("%o is %s on %s", (input, code, field) => {
    const err = errorOf(() => recommendPlans(beesender, input as PlanFitInput));
    expect([err.code, err.field]).toEqual([code, field]);
  });
});
