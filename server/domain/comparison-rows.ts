import type { Catalog, Feature } from "./catalog.js";
import { describeCalendar } from "./display.js";
import { featureCellDisplay } from "./fact-rows.js";
import { describeTarget } from "./sla-clock.js";

export interface ComparisonCell {
  planKey: string;
  /** As a person reads it; null = not offered. */
  display: string | null;
  note: string | null;
  editorNote: string | null;
}

/** One row of the public comparison: a label and, per plan in catalog order, what the cell reads. */
export interface ComparisonRow {
  key: string;
  label: string;
  /** The label of the row's group; null = the rows after the groups. */
  group: string | null;
  hint: string | null;
  /** The cells are the plans' support hours, which a page may show in the visitor's zone. */
  supportHours: boolean;
  cells: ComparisonCell[];
}

function featureRow(catalog: Catalog, feature: Feature, group: string | null): ComparisonRow {
  return {
    key: feature.key,
    label: feature.label,
    group,
    hint: feature.note,
    supportHours: feature.source?.kind === "SUPPORT_HOURS",
    cells: catalog.plans.map((p) => ({
      planKey: p.key,
      display: featureCellDisplay(catalog, feature, p),
      note: feature.cells[p.key]?.note ?? null,
      editorNote: feature.cells[p.key]?.editorNote ?? null,
    })),
  };
}

/**
 * The comparison's rows in display order: the catalog's rows group by group (then those in
 * no group), followed by the support hours and each priority's first-response target read
 * from the plans, unless a row of the catalog already shows them: a fact is shown once.
 * A catalog with free-text response times (a DURATION row of its own) gets no target rows.
 */
export function comparisonRows(catalog: Catalog): ComparisonRow[] {
  const groups = [...catalog.featureGroups.map((g) => ({ key: g.key as string | null, label: g.label as string | null })), { key: null, label: null }];
  const rows = groups.flatMap((g) => catalog.features.filter((f) => f.group === g.key).map((f) => featureRow(catalog, f, g.label)));
  const showsHours = catalog.features.some((f) => f.type === "SCHEDULE" || f.source?.kind === "SUPPORT_HOURS");
  const shownPriorities = new Set(catalog.features.flatMap((f) => (f.source?.kind === "SLA" ? f.source.priorities : [])));
  const freeTextTargets = catalog.features.some((f) => f.type === "DURATION" && !f.source);
  const derived = (key: string, label: string, hint: string | null, supportHours: boolean, display: (p: Catalog["plans"][number]) => string | null) => ({
    key,
    label,
    group: null,
    hint,
    supportHours,
    cells: catalog.plans.map((p) => ({ planKey: p.key, display: display(p), note: null, editorNote: null })),
  });
  if (!showsHours && catalog.plans.some((p) => p.calendar)) {
    rows.push(derived("support-hours", "Support hours", null, true, (p) => (p.calendar ? describeCalendar(p.calendar) : null)));
  }
  if (!freeTextTargets) {
    for (const pr of catalog.priorities.filter((p) => !shownPriorities.has(p.key))) {
      rows.push(derived(`first-response-${pr.key}`, `First response, ${pr.label}`, pr.definition, false, (p) => (p.sla[pr.key] ? describeTarget(p.sla[pr.key]) : null)));
    }
  }
  return rows;
}
