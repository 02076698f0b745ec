import type { DateTime } from "luxon";
import { parseDate } from "./dates.js";

/** The paid plan's term, first and last day inclusive. */
export interface SupportPeriod {
  startsOn: string;
  endsOn: string;
}

/**
 * The same calendar date `years` later, where 29 February counts as 1 March: the year after
 * a leap day has no 29 February, and rounding back to the 28th would cut a day off the term.
 */
function anniversary(start: DateTime, years: number): DateTime {
  const from = start.month === 2 && start.day === 29 ? start.plus({ days: 1 }) : start;
  return from.plus({ years });
}

/**
 * When the paid plan runs: from go-live, or from the day after the guarantee's last day when
 * a free guarantee covers the first days; it ends the day before the same date `termYears`
 * later. Null without a go-live date (there is nothing to count from).
 */
export function supportPeriod(
  goLiveDate: string | null,
  termYears: number,
  guaranteeEndsOn: string | null = null,
): SupportPeriod | null {
  if (goLiveDate === null) return null;
  const start =
    guaranteeEndsOn === null ? parseDate(goLiveDate, "goLiveDate") : parseDate(guaranteeEndsOn, "guarantee.endsOn").plus({ days: 1 });
  return { startsOn: start.toISODate()!, endsOn: anniversary(start, termYears).minus({ days: 1 }).toISODate()! };
}
