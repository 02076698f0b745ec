import type { GuaranteeBand } from "./catalog.js";
import { addDays, parseDate } from "./dates.js";
import { Dec } from "./money.js";

export interface Guarantee {
  days: number;
  band: GuaranteeBand;
  startsOn: string | null;
  /** The last covered day: startsOn + days - 1. */
  endsOn: string | null;
}

export function bandContains(band: GuaranteeBand, budget: Dec): boolean {
  const min = new Dec(band.min);
  const aboveMin = budget.gt(min) || (band.minInclusive && budget.eq(min));
  if (!aboveMin) return false;
  if (band.max === null) return true;
  const max = new Dec(band.max);
  return budget.lt(max) || (band.maxInclusive && budget.eq(max));
}

export function findBand(bands: GuaranteeBand[], budget: Dec): GuaranteeBand | undefined {
  return bands.find((b) => bandContains(b, budget));
}

/** The free post-project guarantee for a budget; null when the catalog has no bands. */
export function guaranteeFor(bands: GuaranteeBand[], budget: Dec, goLiveDate: string | null): Guarantee | null {
  const band = findBand(bands, budget);
  if (!band) return null;
  if (goLiveDate === null) return { days: band.days, band, startsOn: null, endsOn: null };
  const start = parseDate(goLiveDate, "goLiveDate");
  return { days: band.days, band, startsOn: start.toISODate()!, endsOn: addDays(start, band.days - 1) };
}
