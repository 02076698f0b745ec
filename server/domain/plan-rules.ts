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
