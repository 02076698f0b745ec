import { DateTime } from "luxon";
import { findPlan, type Catalog } from "./catalog.js";
import type { ComputedQuote, QuoteFigures } from "./quote.js";
import { slaDueAt } from "./sla.js";
import { supportPeriod } from "./support-period.js";
import { isZoneError, parseZone } from "./zones.js";

/** Stated once on a quote and its PDF: how its money is rounded. */
export const ROUNDING_RULE = "Each line is rounded half-up to the cent; totals are sums of lines.";

export interface TimelineStep {
  label: string;
  startsOn: string | null;
  endsOn: string | null;
}

export interface SlaExample {
  priorityKey: string;
  priorityLabel: string;
  /** "A P1 case sent Friday 4 Dec 17:00 is answered by Monday 7 Dec 10:00 (Europe/Moscow)". */
  text: string;
  sentAt: Date;
  dueAt: Date;
}

export interface QuoteTimeline {
  steps: TimelineStep[];
  /** When the examples' case is sent: the first Friday 17:00 in the customer's zone on or after the reference day. */
  exampleNote: string;
  slaExamples: SlaExample[];
  rounding: string;
}

const AT = "cccc d LLL HH:mm";

/**
 * The support timeline of a quote: go-live, the free guarantee, the paid plan's term and the
 * quote's validity; and for each priority of the plan, when a case sent on a Friday at 17:00
 * in the customer's zone is answered, by the plan's SLA clock. `from` is the day the examples
 * count from (the quote's sending or creation), so a quote's examples never change.
 */
export function quoteTimeline(
  catalog: Catalog,
  computed: ComputedQuote,
  figures: QuoteFigures,
  planKey: string,
  validUntil: string | null,
  zoneName: string,
  from: Date,
): QuoteTimeline {
  const steps: TimelineStep[] = [];
  if (figures.goLiveDate) steps.push({ label: "Go-live", startsOn: figures.goLiveDate, endsOn: null });
  const g = computed.guarantee;
  if (g?.startsOn && g.endsOn) steps.push({ label: `Free guarantee (${g.days} days)`, startsOn: g.startsOn, endsOn: g.endsOn });
  const period = supportPeriod(figures.goLiveDate, figures.termYears, g?.endsOn ?? null);
  if (period) steps.push({ label: "Paid support plan", startsOn: period.startsOn, endsOn: period.endsOn });
  if (validUntil) steps.push({ label: "This quote is valid until", startsOn: null, endsOn: validUntil });

  const parsed = parseZone(zoneName);
  const zone = isZoneError(parsed) ? parseZone("UTC") : parsed;
  if (isZoneError(zone)) throw new Error("UTC is always a zone");
  let friday = DateTime.fromJSDate(from, { zone: zone.zone }).set({ hour: 17, minute: 0, second: 0, millisecond: 0 });
  while (friday.weekday !== 5 || friday.toMillis() < from.getTime()) friday = friday.plus({ days: 1 }).set({ hour: 17, minute: 0 });
  const sentAt = friday.toJSDate();

  const plan = findPlan(catalog, planKey);
  const offered = plan?.calendar?.zones ?? [];
  const calendarZone = plan?.calendar?.alwaysOpen || offered.includes(zone.name) ? zone.name : (offered[0] ?? zone.name);
  const slaExamples = plan
    ? catalog.priorities
        .filter((p) => plan.sla[p.key])
        .map((p) => {
          const due = slaDueAt(catalog, { planKey: plan.key, priorityKey: p.key, submittedAt: sentAt, timeZone: calendarZone }).dueAt;
          const at = (d: Date) => DateTime.fromJSDate(d, { zone: zone.zone }).setLocale("en").toFormat(AT);
          return { priorityKey: p.key, priorityLabel: p.label, sentAt, dueAt: due, text: `A ${p.label} case sent ${at(sentAt)} is answered by ${at(due)} (${zone.name})` };
        })
    : [];
  return {
    steps,
    exampleNote: `Examples for a case sent on ${friday.setLocale("en").toFormat("cccc d LLL yyyy, HH:mm")} in ${zone.name}, the first Friday 17:00 after the quote was made, under the ${plan?.name ?? planKey} plan's support hours`,
    slaExamples,
    rounding: ROUNDING_RULE,
  };
}
