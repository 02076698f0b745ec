import { WEEKDAYS, type Catalog, type Plan, type SupportCalendar, type Weekday } from "./catalog.js";

/** A plan that can be taken on its own: a tier (BASE) or the support included with the product. */
export function isTier(plan: Plan): boolean {
  return plan.availability.includes("BASE") || plan.availability.includes("INCLUDED");
}

/** The add-on plans a plan can take, in catalog order (as priceQuote accepts them). */
export function addOnsFor(catalog: Catalog, plan: Plan): Plan[] {
  return catalog.plans.filter((a) => a.key !== plan.key && a.availability.includes("ADD_ON") && a.addOnTo.includes(plan.key));
}

function minutesOf(hhmm: string): number {
  const [h, m] = hhmm.split(":").map(Number);
  return h * 60 + m;
}

/** Windows joined end to end that span a whole day from 00:00 to 24:00. */
function wholeDay(calendar: SupportCalendar, day: Weekday): boolean {
  const spans = calendar.windows
    .filter((w) => w.days.includes(day))
    .map((w) => [minutesOf(w.start), minutesOf(w.end)] as const)
    .sort((a, b) => a[0] - b[0]);
  let reached = 0;
  for (const [start, end] of spans) {
    if (start > reached) return false;
    reached = Math.max(reached, end);
  }
  return reached >= 24 * 60;
}

/** Open round the clock: marked 24/7, or hours that cover every minute of every day with no holidays. */
export function isAlwaysOpen(calendar: SupportCalendar | null): boolean {
  if (!calendar) return false;
  if (calendar.alwaysOpen) return true;
  return calendar.holidays.length === 0 && WEEKDAYS.every((d) => wholeDay(calendar, d));
}

/** Whether the calendar has some open time on a weekday. */
export function opensOn(calendar: SupportCalendar | null, day: Weekday): boolean {
  if (!calendar) return false;
  if (calendar.alwaysOpen) return true;
  return calendar.windows.some((w) => w.days.includes(day) && minutesOf(w.end) > minutesOf(w.start));
}

/** The customer figures a catalog's prices, limits and guarantee read, in the order a form asks for them. */
export const CATALOG_FIGURES = [
  "LICENSE_PRICE",
  "PROJECT_BUDGET",
  "TERM_YEARS",
  "AGENTS",
  "BOTS",
  "GO_LIVE_DATE",
  "LICENSE_EDITION",
] as const;
export type CatalogFigure = (typeof CATALOG_FIGURES)[number];

/** A price that grows with the term: percent rules and fixed amounts per year or month. */
function scalesWithTerm(plan: Plan): boolean {
  const rule = plan.pricing;
  if (rule.kind === "PERCENT_OF_LICENSE" || rule.kind === "PERCENT_OF_PROJECT_BUDGET") return true;
  return rule.kind === "FIXED" && rule.period !== "ONE_TIME";
}

/** The figures a plan's price and eligibility limits read. */
export function planFigures(plan: Plan): CatalogFigure[] {
  const used = new Set<CatalogFigure>();
  if (plan.pricing.kind === "PERCENT_OF_LICENSE") used.add("LICENSE_PRICE");
  if (plan.pricing.kind === "PERCENT_OF_PROJECT_BUDGET") used.add("PROJECT_BUDGET");
  if (scalesWithTerm(plan)) used.add("TERM_YEARS");
  for (const limit of plan.limits) used.add(limit.figure);
  if (plan.requiresEdition.length > 0) used.add("LICENSE_EDITION");
  return CATALOG_FIGURES.filter((f) => used.has(f));
}

/**
 * The figures worth asking a customer for this catalog: those its plans read; the project
 * budget and go-live date when guarantee bands give days by budget from go-live; and the
 * go-live date when a plan is paid by the term, since the paid period is counted from it.
 */
export function catalogFigures(catalog: Catalog): CatalogFigure[] {
  const used = new Set<CatalogFigure>(catalog.plans.flatMap(planFigures));
  if (catalog.guaranteeBands.length > 0) {
    used.add("PROJECT_BUDGET");
    used.add("GO_LIVE_DATE");
  }
  if (used.has("TERM_YEARS")) used.add("GO_LIVE_DATE");
  return CATALOG_FIGURES.filter((f) => used.has(f));
}

/**
 * The figure a plan's price reads that the customer has not given yet: a percent plan
 * cannot be priced without its base. null when the figures given are enough to price it.
 */
export function missingPriceFigure(plan: Plan, figures: { licensePrice?: unknown; projectBudget?: unknown }): CatalogFigure | null {
  if (plan.pricing.kind === "PERCENT_OF_LICENSE" && figures.licensePrice == null) return "LICENSE_PRICE";
  if (plan.pricing.kind === "PERCENT_OF_PROJECT_BUDGET" && figures.projectBudget == null) return "PROJECT_BUDGET";
  return null;
}

/** No published price: agreed per quote, or credit packs none of which has a price. */
export function isPricedOnRequest(plan: Plan): boolean {
  const rule = plan.pricing;
  return rule.kind === "QUOTE_BASED" || (rule.kind === "CREDIT_PACKS" && rule.packs.every((p) => p.price === null));
}
