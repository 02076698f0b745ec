import { offsetMinutes } from "./zones.js";

/** One row of the comparison as shown: a label and, per plan in order, what the cell reads. */
export interface Row {
  key: string;
  label: string;
  /** The row's group heading; null = rows after the groups. */
  group: string | null;
  hint: string | null;
  /** `note` is the vendor's; `editorNote` is the product's own voice. */
  cells: { planKey: string; display: string | null; note: string | null; editorNote?: string | null }[];
}

interface CatalogLike {
  /** The rows as the server orders them (`Catalog.comparisonRows`). */
  comparisonRows: (Row & { supportHours: boolean })[];
  plans: { key: string; calendar: { summary: string; zones: string[]; alwaysOpen: boolean } | null }[];
}

/** The server's rows, with the support hours in the visitor's zone where the plan offers it. */
export function comparisonRows(catalog: CatalogLike, zone: string): Row[] {
  const calendarOf = (planKey: string) => catalog.plans.find((p) => p.key === planKey)?.calendar ?? null;
  return catalog.comparisonRows.map(({ supportHours, ...row }) =>
    supportHours
      ? {
          ...row,
          cells: row.cells.map((c) => {
            const calendar = calendarOf(c.planKey);
            return calendar ? { ...c, display: hoursIn(calendar, zone) } : c;
          }),
        }
      : row,
  );
}

/** Whether a row reads differently for at least two plans (the "differences only" view keeps it). */
export function differs(row: Row): boolean {
  const seen = new Set(row.cells.map((c) => (c.display ?? "").trim().toLowerCase()));
  return seen.size > 1;
}

/**
 * A calendar's hours as the visitor reads them: in the visitor's zone when the calendar
 * offers it (its windows are local to the zone picked), else as the vendor states them.
 */
export function hoursIn(calendar: { summary: string; zones: string[]; alwaysOpen: boolean }, zone: string): string {
  if (calendar.alwaysOpen) return calendar.summary;
  if (calendar.zones.length > 1 && calendar.zones.includes(zone)) {
    return `${calendar.summary.replace(/\s\([^)]*\)$/, "")} (${zone}, your zone)`;
  }
  return calendar.summary;
}

/** The zones the visitor can pick from: every zone some plan offers, in catalog order. */
export function offeredZones(plans: { calendar: { zones: string[] } | null }[]): string[] {
  const zones: string[] = [];
  for (const p of plans) for (const z of p.calendar?.zones ?? []) if (!zones.includes(z)) zones.push(z);
  return zones;
}

/** Offsets sort before names, west to east, for the zone picker. */
export function byOffset(a: string, b: string): number {
  const x = offsetMinutes(a);
  const y = offsetMinutes(b);
  if (x === null || y === null) return x === null ? (y === null ? a.localeCompare(b) : 1) : -1;
  return x - y;
}
