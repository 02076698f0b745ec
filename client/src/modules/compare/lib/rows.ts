import { offsetMinutes } from "./zones.js";

/** One row of the comparison as shown: a label and, per plan in order, what the cell reads. */
export interface Row {
  key: string;
  label: string;
  /** The row's group heading; null = rows after the groups. */
  group: string | null;
  hint: string | null;
  cells: { planKey: string; display: string | null; note: string | null }[];
}

interface FeatureLike {
  key: string;
  label: string;
  group: string | null;
  valueType: string;
  note?: string | null;
  cells: { planKey: string; display: string | null; note: string | null }[];
}

interface PlanLike {
  key: string;
  calendar: { summary: string; zones: string[]; alwaysOpen: boolean } | null;
  slaTargets: { priorityKey: string; text: string }[];
}

interface CatalogLike {
  plans: PlanLike[];
  featureGroups: { key: string; label: string }[];
  features: FeatureLike[];
  priorities: { key: string; label: string; definition: string | null }[];
}

/**
 * The rows in display order: the catalog's rows by group, then the hours and first-response
 * targets read from the plans' calendars and SLA targets, unless the catalog already has a
 * row of that kind (so a fact is shown once).
 */
export function comparisonRows(catalog: CatalogLike, zone: string): Row[] {
  const rows: Row[] = [];
  const groups = [...catalog.featureGroups.map((g) => ({ key: g.key as string | null, label: g.label as string | null })), { key: null, label: null }];
  for (const g of groups) {
    for (const f of catalog.features.filter((x) => x.group === g.key)) {
      rows.push({ key: f.key, label: f.label, group: g.label, hint: f.note ?? null, cells: f.cells });
    }
  }
  if (catalog.plans.some((p) => p.calendar) && !catalog.features.some((f) => f.valueType === "SCHEDULE")) {
    rows.push({
      key: "support-hours",
      label: "Support hours",
      group: null,
      hint: null,
      cells: catalog.plans.map((p) => ({ planKey: p.key, display: p.calendar ? hoursIn(p.calendar, zone) : null, note: null })),
    });
  }
  if (!catalog.features.some((f) => f.valueType === "DURATION")) {
    for (const pr of catalog.priorities) {
      rows.push({
        key: `first-response-${pr.key}`,
        label: `First response, ${pr.label}`,
        group: null,
        hint: pr.definition,
        cells: catalog.plans.map((p) => ({ planKey: p.key, display: p.slaTargets.find((t) => t.priorityKey === pr.key)?.text ?? null, note: null })),
      });
    }
  }
  return rows;
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
