import { WEEKDAYS, type Catalog, type Plan, type SlaTarget, type SlaUnit } from "./catalog.js";
import { describeCalendar } from "./display.js";
import { ineligibilityReasons, type Figures } from "./eligibility.js";
import { badInput, notFound } from "./errors.js";
import { Dec } from "./money.js";
import { addOnsFor, isAlwaysOpen, isTier, missingPriceFigure, opensOn } from "./plan-rules.js";
import { checkCount, MAX_COUNT, MAX_TERM_YEARS, parseMoneyInput, priceQuote } from "./pricing.js";
import { describeTarget } from "./sla-clock.js";

export const COVERAGES = ["WEEKDAYS", "EVERY_DAY", "ALWAYS"] as const;
export type Coverage = (typeof COVERAGES)[number];

/** "Priority P answered within W U". */
export interface ResponseNeed {
  priorityKey: string;
  within: string;
  unit: SlaUnit;
}

export interface PlanFitInput {
  licensePrice?: string | null;
  projectBudget?: string | null;
  termYears?: number | null;
  agents?: number | null;
  bots?: number | null;
  licenseEdition?: string | null;
  response?: ResponseNeed | null;
  coverage?: Coverage | null;
}

export interface PlanFit {
  planKey: string;
  /** Add-ons the plan needs to meet the needs; empty when it meets them alone. */
  addOnKeys: string[];
  fits: boolean;
  /** Why it does not fit, in words; empty when it fits. */
  reasons: string[];
  /** priceQuote's total for the plan with those add-ons; null when priced on request or a figure is missing. */
  total: string | null;
}

const MINUTES_PER: Record<SlaUnit, number> = { BUSINESS_HOURS: 60, CALENDAR_MINUTES: 1, CALENDAR_HOURS: 60, CALENDAR_DAYS: 24 * 60 };
const WITHIN = /^\d{1,6}(\.\d{1,4})?$/;
const COVERAGE_WORDS: Record<Coverage, string> = {
  WEEKDAYS: "on every weekday (Monday to Friday)",
  EVERY_DAY: "on every day of the week",
  ALWAYS: "24/7",
};

interface Checked {
  figures: Figures;
  response: (ResponseNeed & { minutes: Dec; label: string }) | null;
  coverage: Coverage | null;
}

function checkInput(catalog: Catalog, input: PlanFitInput): Checked {
  checkCount(input.termYears ?? 1, "termYears", 1, MAX_TERM_YEARS);
  if (input.agents != null) checkCount(input.agents, "agents");
  if (input.bots != null) checkCount(input.bots, "bots");
  const licensePrice = input.licensePrice == null ? null : parseMoneyInput(input.licensePrice, "licensePrice");
  const projectBudget = input.projectBudget == null ? null : parseMoneyInput(input.projectBudget, "projectBudget");
  if (input.licenseEdition != null && !catalog.licenseEditions.some((e) => e.key === input.licenseEdition)) {
    const known = catalog.licenseEditions.map((e) => e.key).join(", ") || "none";
    throw badInput(`${catalog.name} has no license edition "${input.licenseEdition}" (editions: ${known})`, "licenseEdition");
  }
  let response: Checked["response"] = null;
  if (input.response) {
    const need = input.response;
    const priority = catalog.priorities.find((p) => p.key === need.priorityKey);
    if (!priority) {
      const known = catalog.priorities.map((p) => p.key).join(", ") || "none";
      throw notFound(`${catalog.name} has no priority "${need.priorityKey}" (priorities: ${known})`, "response.priorityKey");
    }
    if (!(need.unit in MINUTES_PER)) throw badInput(`"${need.unit}" is not a unit of response time`, "response.unit");
    if (typeof need.within !== "string" || !WITHIN.test(need.within) || new Dec(need.within).lte(0) || new Dec(need.within).gt(MAX_COUNT)) {
      throw badInput(
        `response.within must be a number above 0 and at most ${MAX_COUNT}, with at most 4 decimals ("${need.within}" is not)`,
        "response.within",
      );
    }
    response = { ...need, minutes: new Dec(need.within).times(MINUTES_PER[need.unit]), label: priority.label };
  }
  if (input.coverage != null && !COVERAGES.includes(input.coverage)) {
    throw badInput(`coverage is one of ${COVERAGES.join(", ")}`, "coverage");
  }
  return {
    figures: { agents: input.agents, bots: input.bots, licensePrice, projectBudget, licenseEdition: input.licenseEdition },
    response,
    coverage: input.coverage ?? null,
  };
}

/**
 * Whether a plan's target meets "within W U". Business hours only stretch over the open
 * time, so they compare with a calendar need only on a 24/7 calendar, where an hour is an
 * hour; a calendar target is elapsed time, and meets a business-hours need of as many hours.
 */
function meetsResponse(plan: Plan, target: SlaTarget | undefined, need: NonNullable<Checked["response"]>): boolean {
  if (!target) return false;
  const amount = new Dec(target.amount);
  if (target.unit === "BUSINESS_HOURS") {
    if (need.unit === "BUSINESS_HOURS") return amount.lte(need.within);
    return isAlwaysOpen(plan.calendar) && amount.times(60).lte(need.minutes);
  }
  return amount.times(MINUTES_PER[target.unit]).lte(need.minutes);
}

function meetsCoverage(plan: Plan, coverage: Coverage): boolean {
  switch (coverage) {
    case "WEEKDAYS":
      return WEEKDAYS.slice(0, 5).every((d) => opensOn(plan.calendar, d));
    case "EVERY_DAY":
      return WEEKDAYS.every((d) => opensOn(plan.calendar, d));
    case "ALWAYS":
      return isAlwaysOpen(plan.calendar);
  }
}

interface Judged {
  eligible: string[];
  response: boolean;
  coverage: boolean;
}

function judge(catalog: Catalog, plan: Plan, needs: Checked): Judged {
  return {
    eligible: ineligibilityReasons(catalog, plan, needs.figures),
    response: needs.response === null || meetsResponse(plan, plan.sla[needs.response.priorityKey], needs.response),
    coverage: needs.coverage === null || meetsCoverage(plan, needs.coverage),
  };
}

function reasonsFor(plan: Plan, judged: Judged, needs: Checked): string[] {
  const reasons = [...judged.eligible];
  const need = needs.response;
  if (need && !judged.response) {
    const target = plan.sla[need.priorityKey];
    const asked = describeTarget({ amount: need.within, unit: need.unit });
    if (!target) reasons.push(`${plan.name} has no response-time target for ${need.label}; ${need.label} within ${asked} asked`);
    else reasons.push(`${plan.name} answers ${need.label} within ${describeTarget(target)}; within ${asked} asked`);
  }
  if (needs.coverage && !judged.coverage) {
    const hours = plan.calendar ? `its support hours are ${describeCalendar(plan.calendar)}` : "it publishes no support hours";
    reasons.push(`${plan.name} is not open ${COVERAGE_WORDS[needs.coverage]}: ${hours}`);
  }
  return reasons;
}

/** A percent plan cannot be priced without its base; the fit stands, only the price is unknown. */
const missingBase = (plan: Plan, figures: Figures) => missingPriceFigure(plan, figures) !== null;

function quoteFor(catalog: Catalog, input: PlanFitInput, planKey: string, addOnKeys: string[]) {
  return priceQuote(catalog, {
    planKey,
    addOnKeys,
    licensePrice: input.licensePrice,
    projectBudget: input.projectBudget,
    termYears: input.termYears,
    agents: input.agents,
    bots: input.bots,
    licenseEdition: input.licenseEdition,
  });
}

/** priceQuote's total for a plan and its add-ons; null when on request or a base figure is missing. */
function totalOf(catalog: Catalog, input: PlanFitInput, figures: Figures, plans: Plan[]): string | null {
  if (plans.some((p) => missingBase(p, figures))) return null;
  return quoteFor(catalog, input, plans[0].key, plans.slice(1).map((p) => p.key)).total;
}

/** What an add-on itself costs for these figures (the same line it adds to a quote); null where unknown. */
function amountOf(catalog: Catalog, input: PlanFitInput, figures: Figures, addOn: Plan): string | null {
  return missingBase(addOn, figures) ? null : quoteFor(catalog, input, addOn.key, []).lines[0].amount;
}

/** Ascending, with the unknown (null) after every known amount; equal ones keep their order. */
function byAmount(a: string | null, b: string | null): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
  return new Dec(a).comparedTo(b);
}

function fitPlan(catalog: Catalog, input: PlanFitInput, needs: Checked, plan: Plan): PlanFit {
  const own = judge(catalog, plan, needs);
  const reasons = reasonsFor(plan, own, needs);
  if (reasons.length === 0) {
    return { planKey: plan.key, addOnKeys: [], fits: true, reasons, total: totalOf(catalog, input, needs.figures, [plan]) };
  }
  // With an add-on, a need is met when the plan or the add-on meets it; both must be eligible.
  const menders = addOnsFor(catalog, plan)
    .filter((addOn) => {
      const extra = judge(catalog, addOn, needs);
      return own.eligible.length === 0 && extra.eligible.length === 0 && (own.response || extra.response) && (own.coverage || extra.coverage);
    })
    .map((addOn) => ({ addOn, amount: amountOf(catalog, input, needs.figures, addOn) }));
  // Array.prototype.sort is stable, so equal prices stay in catalog order.
  const cheapest = menders.sort((a, b) => byAmount(a.amount, b.amount))[0];
  if (cheapest) {
    const total = totalOf(catalog, input, needs.figures, [plan, cheapest.addOn]);
    return { planKey: plan.key, addOnKeys: [cheapest.addOn.key], fits: true, reasons: [], total };
  }
  return { planKey: plan.key, addOnKeys: [], fits: false, reasons, total: totalOf(catalog, input, needs.figures, [plan]) };
}

/**
 * Which of a catalog's tiers fit a customer's figures, response need and coverage need:
 * every plan that can be taken on its own, the fitting ones first by total (unknown totals
 * after the priced ones), then the others in catalog order, each saying why it falls short.
 */
export function recommendPlans(catalog: Catalog, input: PlanFitInput): PlanFit[] {
  const needs = checkInput(catalog, input);
  const fits = catalog.plans.filter(isTier).map((plan) => fitPlan(catalog, input, needs, plan));
  return [...fits.filter((f) => f.fits).sort((a, b) => byAmount(a.total, b.total)), ...fits.filter((f) => !f.fits)];
}
