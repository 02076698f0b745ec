import type { GuaranteeBandInput } from "../../../__generated__/admin/graphql.js";
import type { Band } from "./draft-document.js";
import { numberError, wholeNumberError } from "./field-checks.js";

export interface BandRow {
  min: string;
  minInclusive: boolean;
  max: string;
  maxInclusive: boolean;
  days: string;
  label: string;
}

export const bandRows = (bands: Band[]): BandRow[] =>
  bands.map((b) => ({ min: b.min, minInclusive: b.minInclusive, max: b.max ?? "", maxInclusive: b.maxInclusive, days: String(b.days), label: b.label ?? "" }));

/** What is wrong with each band as typed, keyed like the server's paths: "1.max". */
export function bandRowErrors(rows: BandRow[]): Record<string, string> {
  const errors: Record<string, string> = {};
  rows.forEach((r, i) => {
    const min = numberError(r.min, "lower bound", { required: true });
    const max = numberError(r.max, "upper bound");
    const days = wholeNumberError(r.days, "number of days", { required: true });
    if (min) errors[`${i}.min`] = min;
    if (max) errors[`${i}.max`] = max;
    if (days) errors[`${i}.days`] = days;
  });
  return errors;
}

/** The bands for the API; null while one is malformed. */
export function bandInputs(rows: BandRow[]): GuaranteeBandInput[] | null {
  if (Object.keys(bandRowErrors(rows)).length > 0) return null;
  return rows.map((r) => ({
    min: r.min.trim(),
    minInclusive: r.minInclusive,
    max: r.max.trim() === "" ? null : r.max.trim(),
    maxInclusive: r.maxInclusive,
    days: Number(r.days),
    label: r.label.trim() || null,
  }));
}

export interface BarSegment {
  /** Percent of the bar's width. */
  left: number;
  width: number;
  kind: "band" | "flagged";
  text: string;
}

/**
 * The bands drawn over 0..(the highest bound + a fifth): one segment per band, and a flagged
 * segment between a band and the one before it where the server found a gap or an overlap
 * at that band's lower bound (`flagged` holds those band indexes).
 */
export function barSegments(bands: GuaranteeBandInput[], flagged: Set<number>): { segments: BarSegment[]; scaleMax: number } {
  const bounds = bands.flatMap((b) => [Number(b.min), b.max === null || b.max === undefined ? NaN : Number(b.max)]).filter((n) => Number.isFinite(n));
  const scaleMax = Math.max(1, ...bounds) * 1.2;
  const at = (v: number) => Math.min(100, Math.max(0, (v / scaleMax) * 100));
  const segments: BarSegment[] = bands.map((b) => {
    const left = at(Number(b.min));
    const right = b.max === null || b.max === undefined ? 100 : at(Number(b.max));
    return { left, width: Math.max(0.5, right - left), kind: "band", text: `${b.days} days` };
  });
  bands.forEach((b, i) => {
    const prev = bands[i - 1];
    if (!prev || !flagged.has(i) || prev.max === null || prev.max === undefined) return;
    const [a, z] = [at(Number(prev.max)), at(Number(b.min))].sort((x, y) => x - y);
    segments.push({ left: a, width: Math.max(1, z - a), kind: "flagged", text: Number(b.min) > Number(prev.max) ? "gap" : "overlap" });
  });
  return { segments, scaleMax };
}
