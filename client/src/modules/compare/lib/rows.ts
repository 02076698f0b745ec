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

interface FeatureLike {
  key: string;
  label: string;
  group: string | null;
  valueType: string;
  note?: string | null;
  source?: { kind: string; priorityKeys: string[] } | null;
  cells: { planKey: string; display: string | null; note: string | null; editorNote?: string | null }[];
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
 * row of that kind (so a fact is shown once). A row derived from the support hours is shown
 * in the visitor's zone.
 */
export function comparisonRows(catalog: CatalogLike, zone: string): Row[] {
  const rows: Row[] = [];
  const groups = [...catalog.featureGroups.map((g) => ({ key: g.key as string | null, label: g.label as string | null })), { key: null, label: null }];
  const calendarOf = (planKey: string) => catalog.plans.find((p) => p.key === planKey)?.calendar ?? null;
  for (const g of groups) {
    for (const f of catalog.features.filter((x) => x.group === g.key)) {
      const cells =
        f.source?.kind === "SUPPORT_HOURS"
          ? f.cells.map((c) => {
              const calendar = calendarOf(c.planKey);
              return calendar ? { ...c, display: hoursIn(calendar, zone) } : c;
            })
          : f.cells;
      rows.push({ key: f.key, label: f.label, group: g.label, hint: f.note ?? null, cells });
    }
  }
  const hasHours = catalog.features.some((f) => f.valueType === "SCHEDULE" || f.source?.kind === "SUPPORT_HOURS");
  const shownPriorities = new Set(catalog.features.flatMap((f) => (f.source?.kind === "SLA" ? f.source.priorityKeys : [])));
  const legacyTargets = catalog.features.some((f) => f.valueType === "DURATION" && !f.source);
  if (catalog.plans.some((p) => p.calendar) && !hasHours) {
    rows.push({
      key: "support-hours",
      label: "Support hours",
      group: null,
      hint: null,
      cells: catalog.plans.map((p) => ({ planKey: p.key, display: p.calendar ? hoursIn(p.calendar, zone) : null, note: null })),
    });
  }
  if (!legacyTargets) {
    for (const pr of catalog.priorities.filter((p) => !shownPriorities.has(p.key))) {
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
