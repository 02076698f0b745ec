import type {
  Catalog,
  CreditRule,
  EligibilityLimit,
  Exclusion,
  Feature,
  GuaranteeBand,
  Plan,
  PricingRule,
  SlaTarget,
  SupportCalendar,
} from "./catalog.js";
import { cellDisplay, describeCalendar } from "./display.js";
import { describeLimit } from "./eligibility.js";
import { describeSource } from "./fact-rows.js";
import { Dec, formatMoney, groupThousands, minorDigits } from "./money.js";
import { describeTarget } from "./sla-clock.js";

export const CHANGE_KINDS = ["ADDED", "REMOVED", "CHANGED"] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

export const CHANGE_AREAS = [
  "CATALOG",
  "PLAN",
  "FEATURE_GROUP",
  "FEATURE",
  "CELL",
  "EXCLUSION",
  "PRIORITY",
  "REQUEST_CATEGORY",
  "GUARANTEE_BAND",
  "LICENSE_EDITION",
] as const;
export type ChangeArea = (typeof CHANGE_AREAS)[number];

/** One difference between two catalog documents, worded for the person reviewing it. */
export interface CatalogChange {
  area: ChangeArea;
  /** What changed: a plan or row key, "row/plan" for a cell, a field name for the catalog, a position for bands. */
  key: string;
  kind: ChangeKind;
  /** "Business · Phone support: ✗ → ✓", "Business: 10% → 12% of the license price". */
  summary: string;
  before: unknown;
  after: unknown;
}

const ARROW = " → ";
const EMPTY = "—";

/** Items are matched by value, whatever the order of object keys. */
export function canonical(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) =>
    v !== null && typeof v === "object" && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

function same(a: unknown, b: unknown): boolean {
  return canonical(a) === canonical(b);
}

/** Whether two documents hold the same catalog (the draft has no unpublished change). */
export function sameCatalog(a: Catalog, b: Catalog): boolean {
  return same(a, b);
}

/** Drafts may be incomplete: every wording below falls back to the raw text rather than throw. */
function safely(words: () => string, fallback: string): string {
  try {
    return words();
  } catch {
    return fallback;
  }
}

function money(value: string, currency: string): string {
  return safely(() => `${groupThousands(formatMoney(new Dec(value), minorDigits(currency)))} ${currency}`, `${value} ${currency}`);
}

function plain(value: string): string {
  return safely(() => new Dec(value).toString(), value);
}

const BASES = { PERCENT_OF_LICENSE: "the license price", PERCENT_OF_PROJECT_BUDGET: "the project budget" } as const;
const PERIOD_WORDS = { YEAR: "a year", MONTH: "a month", ONE_TIME: "once" } as const;

function packsText(rule: PricingRule, currency: string): string {
  if (rule.packs.length === 0) return "no packs";
  return rule.packs.map((p) => `${p.credits} credits${p.price === null ? " (price not published)" : ` for ${money(p.price, currency)}`}`).join(", ");
}

/** The price of a plan in words, for a changelog: "10% of the license price", "500.00 USD a month". */
export function describePrice(rule: PricingRule, currency: string): string {
  switch (rule.kind) {
    case "INCLUDED":
      return "included";
    case "QUOTE_BASED":
      return "price on request";
    case "FIXED":
      return rule.amount === null ? "a fixed price (amount missing)" : `${money(rule.amount, currency)} ${PERIOD_WORDS[rule.period]}`;
    case "PERCENT_OF_LICENSE":
    case "PERCENT_OF_PROJECT_BUDGET":
      return `${rule.percent === null ? "?" : plain(rule.percent)}% of ${BASES[rule.kind]}`;
    case "CREDIT_PACKS":
      return `credit packs: ${packsText(rule, currency)}`;
  }
}

function list(values: string[]): string {
  return values.length === 0 ? EMPTY : values.join(", ");
}

function text(value: string | null): string {
  return value === null || value === "" ? EMPTY : value;
}

function bandText(b: GuaranteeBand, currency: string): string {
  const from = b.minInclusive ? money(b.min, currency) : `over ${money(b.min, currency)}`;
  if (b.max === null) return b.minInclusive ? `${from} and above` : from;
  return `${from} to ${b.maxInclusive ? "" : "under "}${money(b.max, currency)}`;
}

function creditText(rule: CreditRule): string {
  if (rule.kind === "FROM") return `from ${rule.credits} credits`;
  if (rule.kind === "UPGRADE") return `${rule.credits} credits within ${rule.includedSteps} versions, then ${rule.perStep} per version`;
  return `${rule.credits} credits`;
}

function limitsText(limits: EligibilityLimit[], currency: string): string {
  return limits.length === 0 ? "no limits" : limits.map((l) => safely(() => describeLimit(l, currency), `${l.figure} ${l.comparison} ${l.value}`)).join(", ");
}

function calendarText(calendar: SupportCalendar | null): string {
  return calendar === null ? "no support calendar" : safely(() => describeCalendar(calendar), "support hours");
}

function targetText(t: SlaTarget): string {
  return safely(() => describeTarget(t), `${t.amount} ${t.unit}`);
}

/** Items of two keyed lists: removed (in a's order), added and kept (in b's order). */
function matchByKey<T extends { key: string }>(a: T[], b: T[]) {
  const inA = new Map(a.map((x) => [x.key, x]));
  const inB = new Map(b.map((x) => [x.key, x]));
  return {
    removed: a.filter((x) => !inB.has(x.key)),
    added: b.filter((x) => !inA.has(x.key)),
    kept: b.filter((x) => inA.has(x.key)).map((x) => [inA.get(x.key)!, x] as const),
  };
}

/** A change of order among the items both lists hold. */
function orderChange<T extends { key: string }>(area: ChangeArea, what: string, a: T[], b: T[], label: (x: T) => string): CatalogChange[] {
  const common = new Set(a.map((x) => x.key).filter((k) => b.some((y) => y.key === k)));
  const before = a.filter((x) => common.has(x.key));
  const after = b.filter((x) => common.has(x.key));
  if (before.every((x, i) => x.key === after[i].key)) return [];
  return [
    {
      area,
      key: "order",
      kind: "CHANGED",
      summary: `${what} order: ${before.map(label).join(", ")}${ARROW}${after.map(label).join(", ")}`,
      before: before.map((x) => x.key),
      after: after.map((x) => x.key),
    },
  ];
}

function planChanges(a: Catalog, b: Catalog, pa: Plan, pb: Plan): CatalogChange[] {
  const changes: CatalogChange[] = [];
  const name = pb.name;
  const change = (field: string, summary: string, before: unknown, after: unknown) =>
    changes.push({ area: "PLAN", key: pb.key, kind: "CHANGED", summary, before: { [field]: before }, after: { [field]: after } });

  if (pa.name !== pb.name) change("name", `Plan "${pa.name}" renamed to "${pb.name}"`, pa.name, pb.name);
  const ra = pa.pricing;
  const rb = pb.pricing;
  const percentBoth = ra.kind === rb.kind && (rb.kind === "PERCENT_OF_LICENSE" || rb.kind === "PERCENT_OF_PROJECT_BUDGET");
  if (percentBoth && ra.percent !== rb.percent) {
    const base = BASES[rb.kind as keyof typeof BASES];
    change("percent", `${name}: ${ra.percent === null ? "?" : plain(ra.percent)}%${ARROW}${rb.percent === null ? "?" : plain(rb.percent)}% of ${base}`, ra.percent, rb.percent);
  } else if (ra.kind === rb.kind && rb.kind === "CREDIT_PACKS" && !same(ra.packs, rb.packs)) {
    change("packs", `${name}: credit packs ${packsText(ra, a.currency)}${ARROW}${packsText(rb, b.currency)}`, ra.packs, rb.packs);
  } else if (describePrice(ra, a.currency) !== describePrice(rb, b.currency)) {
    change("price", `${name}: ${describePrice(ra, a.currency)}${ARROW}${describePrice(rb, b.currency)}`, ra, rb);
  }
  for (const bound of ["minimum", "maximum"] as const) {
    if (ra[bound] !== rb[bound]) {
      const show = (v: string | null, currency: string) => (v === null ? "none" : money(v, currency));
      change(bound, `${name}: ${bound} price ${show(ra[bound], a.currency)}${ARROW}${show(rb[bound], b.currency)}`, ra[bound], rb[bound]);
    }
  }
  if (!same(ra.guidance ?? null, rb.guidance ?? null)) {
    const show = (g: PricingRule["guidance"], currency: string) =>
      g ? `from ${money(g.floor, currency)}${g.listPrice === null ? "" : ` to ${money(g.listPrice, currency)}`}` : "none";
    change("guidance", `${name}: price guidance ${show(ra.guidance, a.currency)}${ARROW}${show(rb.guidance, b.currency)}`, ra.guidance ?? null, rb.guidance ?? null);
  }
  if (ra.note !== rb.note) change("pricingNote", `${name}: price wording "${text(ra.note)}"${ARROW}"${text(rb.note)}"`, ra.note, rb.note);
  if (ra.editorNote !== rb.editorNote) {
    change("pricingEditorNote", `${name}: our note on the price "${text(ra.editorNote)}"${ARROW}"${text(rb.editorNote)}"`, ra.editorNote, rb.editorNote);
  }
  if (pa.authorizedContacts !== pb.authorizedContacts) {
    const show = (n: number | null) => (n === null ? "not stated" : String(n));
    change("authorizedContacts", `${name}: authorized contacts ${show(pa.authorizedContacts)}${ARROW}${show(pb.authorizedContacts)}`, pa.authorizedContacts, pb.authorizedContacts);
  }
  if (!same(pa.availability, pb.availability)) {
    const words = (v: Plan["availability"]) => list(v.map((x) => (x === "ADD_ON" ? "add-on" : x.toLowerCase())));
    change("availability", `${name}: sold as ${words(pa.availability)}${ARROW}${words(pb.availability)}`, pa.availability, pb.availability);
  }
  if (!same(pa.addOnTo, pb.addOnTo)) change("addOnTo", `${name}: add-on to ${list(pa.addOnTo)}${ARROW}${list(pb.addOnTo)}`, pa.addOnTo, pb.addOnTo);
  if (pa.includedWith !== pb.includedWith) change("includedWith", `${name}: included with ${text(pa.includedWith)}${ARROW}${text(pb.includedWith)}`, pa.includedWith, pb.includedWith);
  if (!same(pa.calendar, pb.calendar)) {
    change("calendar", `${name}: support hours ${calendarText(pa.calendar)}${ARROW}${calendarText(pb.calendar)}`, pa.calendar, pb.calendar);
  }
  if (!same(pa.limits, pb.limits)) {
    change("limits", `${name}: eligibility ${limitsText(pa.limits, a.currency)}${ARROW}${limitsText(pb.limits, b.currency)}`, pa.limits, pb.limits);
  }
  if (!same(pa.requiresEdition, pb.requiresEdition)) {
    change("requiresEdition", `${name}: license editions ${list(pa.requiresEdition)}${ARROW}${list(pb.requiresEdition)}`, pa.requiresEdition, pb.requiresEdition);
  }
  const priorityLabel = (key: string) => b.priorities.find((p) => p.key === key)?.label ?? a.priorities.find((p) => p.key === key)?.label ?? key;
  const priorityKeys = [...new Set([...Object.keys(pa.sla), ...Object.keys(pb.sla)])];
  for (const key of priorityKeys) {
    const ta = pa.sla[key];
    const tb = pb.sla[key];
    if (same(ta ?? null, tb ?? null)) continue;
    changes.push({
      area: "PLAN",
      key: pb.key,
      kind: ta === undefined ? "ADDED" : tb === undefined ? "REMOVED" : "CHANGED",
      summary: `${name} · ${priorityLabel(key)} response: ${ta ? targetText(ta) : EMPTY}${ARROW}${tb ? targetText(tb) : EMPTY}`,
      before: ta === undefined ? null : { sla: { [key]: ta } },
      after: tb === undefined ? null : { sla: { [key]: tb } },
    });
  }
  const words: [keyof Plan, string][] = [
    ["tagline", "tagline"],
    ["description", "description"],
    ["forYouIf", '"for you if" list'],
    ["notes", "notes"],
  ];
  for (const [field, label] of words) {
    if (!same(pa[field], pb[field])) change(field, `${name}: ${label} changed`, pa[field], pb[field]);
  }
  return changes;
}

function featureChanges(a: Catalog, b: Catalog, fa: Feature, fb: Feature): CatalogChange[] {
  const changes: CatalogChange[] = [];
  const change = (field: string, summary: string, before: unknown, after: unknown) =>
    changes.push({ area: "FEATURE", key: fb.key, kind: "CHANGED", summary, before: { [field]: before }, after: { [field]: after } });
  if (fa.label !== fb.label) change("label", `Row "${fa.label}" renamed to "${fb.label}"`, fa.label, fb.label);
  if (fa.type !== fb.type) change("type", `${fb.label}: holds ${fa.type.toLowerCase()}${ARROW}${fb.type.toLowerCase()}`, fa.type, fb.type);
  if (fa.group !== fb.group) change("group", `${fb.label}: group ${text(fa.group)}${ARROW}${text(fb.group)}`, fa.group, fb.group);
  if (fa.unit !== fb.unit) change("unit", `${fb.label}: unit ${text(fa.unit)}${ARROW}${text(fb.unit)}`, fa.unit, fb.unit);
  if (fa.note !== fb.note) change("note", `${fb.label}: note changed`, fa.note, fb.note);
  if (!same(fa.source, fb.source)) {
    change("source", `${fb.label}: shows ${describeSource(a, fa)}${ARROW}${describeSource(b, fb)}`, fa.source, fb.source);
  }
  return changes;
}

function cellChanges(a: Catalog, b: Catalog): CatalogChange[] {
  const changes: CatalogChange[] = [];
  const plansA = new Map(a.plans.map((p) => [p.key, p]));
  const featuresA = new Map(a.features.map((f) => [f.key, f]));
  for (const fb of b.features) {
    const fa = featuresA.get(fb.key);
    if (!fa) continue;
    for (const pb of b.plans) {
      const pa = plansA.get(pb.key);
      if (!pa) continue;
      const ca = fa.cells[pb.key];
      const cb = fb.cells[pb.key];
      if (same(ca ?? null, cb ?? null)) continue;
      if (fb.source) {
        // A derived row shows a plan fact, whose changes are worded with the plan; here only its words changed.
        const words = (cell: typeof ca) => (cell ? [cell.text, cell.note, cell.editorNote].filter((t) => t).join(" / ") || EMPTY : EMPTY);
        if (words(ca) === words(cb)) continue;
        changes.push({
          area: "CELL",
          key: `${fb.key}/${pb.key}`,
          kind: ca === undefined ? "ADDED" : cb === undefined ? "REMOVED" : "CHANGED",
          summary: `${pb.name} · ${fb.label}: wording "${words(ca)}"${ARROW}"${words(cb)}"`,
          before: ca ?? null,
          after: cb ?? null,
        });
        continue;
      }
      const show = (f: Feature, cell: typeof ca, p: Plan) => safely(() => cellDisplay(f, cell, p) ?? EMPTY, cell ? canonical(cell.value) : EMPTY);
      let before = show(fa, ca, pa);
      let after = show(fb, cb, pb);
      // Same reading, different note: say what the note is.
      if (before === after) {
        before = `${before} (${text(ca?.note ?? null)})`;
        after = `${after} (${text(cb?.note ?? null)})`;
      }
      changes.push({
        area: "CELL",
        key: `${fb.key}/${pb.key}`,
        kind: ca === undefined ? "ADDED" : cb === undefined ? "REMOVED" : "CHANGED",
        summary: `${pb.name} · ${fb.label}: ${before}${ARROW}${after}`,
        before: ca ?? null,
        after: cb ?? null,
      });
    }
  }
  return changes;
}

function exclusionText(e: Exclusion): string {
  const short = e.text.length > 80 ? `${e.text.slice(0, 77)}...` : e.text;
  return e.plans.length > 0 ? `"${short}" (${e.plans.join(", ")})` : `"${short}"`;
}

/**
 * What changed from catalog a to catalog b, in words: plans, rows, cells, prices, SLA
 * targets, exclusions, priorities, request categories, bands and editions. Items are
 * matched by key, so a renamed key shows as one removed and one added. Empty when the two
 * hold the same catalog.
 */
export function diffCatalogs(a: Catalog, b: Catalog): CatalogChange[] {
  const changes: CatalogChange[] = [];

  const info: [keyof Catalog, string][] = [
    ["name", "Name"],
    ["currency", "Currency"],
    ["vendor", "Vendor"],
    ["description", "Description"],
    ["guaranteeNote", "Guarantee note"],
    ["notes", "Notes"],
    ["editorNotes", "Our notes"],
  ];
  for (const [field, label] of info) {
    if (same(a[field], b[field])) continue;
    const short = field === "name" || field === "currency" || field === "vendor";
    changes.push({
      area: "CATALOG",
      key: field,
      kind: "CHANGED",
      summary: short ? `${label}: ${text(a[field] as string | null)}${ARROW}${text(b[field] as string | null)}` : `${label} changed`,
      before: a[field],
      after: b[field],
    });
  }

  const plans = matchByKey(a.plans, b.plans);
  for (const p of plans.removed) changes.push({ area: "PLAN", key: p.key, kind: "REMOVED", summary: `Plan removed: ${p.name}`, before: p, after: null });
  for (const p of plans.added) {
    changes.push({ area: "PLAN", key: p.key, kind: "ADDED", summary: `Plan added: ${p.name} (${describePrice(p.pricing, b.currency)})`, before: null, after: p });
  }
  for (const [pa, pb] of plans.kept) changes.push(...planChanges(a, b, pa, pb));
  changes.push(...orderChange("PLAN", "Plan", a.plans, b.plans, (p) => p.name));

  const groups = matchByKey(a.featureGroups, b.featureGroups);
  for (const g of groups.removed) changes.push({ area: "FEATURE_GROUP", key: g.key, kind: "REMOVED", summary: `Group removed: ${g.label}`, before: g, after: null });
  for (const g of groups.added) changes.push({ area: "FEATURE_GROUP", key: g.key, kind: "ADDED", summary: `Group added: ${g.label}`, before: null, after: g });
  for (const [ga, gb] of groups.kept) {
    if (ga.label !== gb.label) changes.push({ area: "FEATURE_GROUP", key: gb.key, kind: "CHANGED", summary: `Group "${ga.label}" renamed to "${gb.label}"`, before: ga, after: gb });
  }
  changes.push(...orderChange("FEATURE_GROUP", "Group", a.featureGroups, b.featureGroups, (g) => g.label));

  const features = matchByKey(a.features, b.features);
  for (const f of features.removed) changes.push({ area: "FEATURE", key: f.key, kind: "REMOVED", summary: `Row removed: ${f.label}`, before: f, after: null });
  for (const f of features.added) changes.push({ area: "FEATURE", key: f.key, kind: "ADDED", summary: `Row added: ${f.label}`, before: null, after: f });
  for (const [fa, fb] of features.kept) changes.push(...featureChanges(a, b, fa, fb));
  changes.push(...orderChange("FEATURE", "Row", a.features, b.features, (f) => f.label));
  changes.push(...cellChanges(a, b));

  const exA = a.exclusions.map(canonical);
  const exB = b.exclusions.map(canonical);
  const remaining = [...exB];
  a.exclusions.forEach((e, i) => {
    const j = remaining.indexOf(exA[i]);
    if (j >= 0) remaining.splice(j, 1);
    else changes.push({ area: "EXCLUSION", key: String(i), kind: "REMOVED", summary: `Exclusion removed: ${exclusionText(e)}`, before: e, after: null });
  });
  const kept = [...exA];
  b.exclusions.forEach((e, i) => {
    const j = kept.indexOf(exB[i]);
    if (j >= 0) kept.splice(j, 1);
    else changes.push({ area: "EXCLUSION", key: String(i), kind: "ADDED", summary: `Exclusion added: ${exclusionText(e)}`, before: null, after: e });
  });

  const priorities = matchByKey(a.priorities, b.priorities);
  for (const p of priorities.removed) changes.push({ area: "PRIORITY", key: p.key, kind: "REMOVED", summary: `Priority removed: ${p.label}`, before: p, after: null });
  for (const p of priorities.added) changes.push({ area: "PRIORITY", key: p.key, kind: "ADDED", summary: `Priority added: ${p.label}`, before: null, after: p });
  for (const [pa, pb] of priorities.kept) {
    if (pa.label !== pb.label) changes.push({ area: "PRIORITY", key: pb.key, kind: "CHANGED", summary: `Priority "${pa.label}" renamed to "${pb.label}"`, before: pa, after: pb });
    else if (!same(pa, pb)) changes.push({ area: "PRIORITY", key: pb.key, kind: "CHANGED", summary: `${pb.label}: definition or examples changed`, before: pa, after: pb });
  }
  changes.push(...orderChange("PRIORITY", "Priority", a.priorities, b.priorities, (p) => p.label));

  const categories = matchByKey(a.requestCategories, b.requestCategories);
  for (const c of categories.removed) {
    changes.push({ area: "REQUEST_CATEGORY", key: c.key, kind: "REMOVED", summary: `Request category removed: ${c.label}`, before: c, after: null });
  }
  for (const c of categories.added) {
    changes.push({ area: "REQUEST_CATEGORY", key: c.key, kind: "ADDED", summary: `Request category added: ${c.label} (${creditText(c.rule)})`, before: null, after: c });
  }
  for (const [ca, cb] of categories.kept) {
    if (same(ca, cb)) continue;
    const parts: string[] = [];
    if (ca.label !== cb.label) parts.push(`label "${ca.label}"${ARROW}"${cb.label}"`);
    if (!same(ca.rule, cb.rule)) parts.push(`${creditText(ca.rule)}${ARROW}${creditText(cb.rule)}`);
    if (ca.needsConfirmation !== cb.needsConfirmation) {
      parts.push(cb.needsConfirmation ? "now needs the customer's confirmation" : "no longer needs the customer's confirmation");
    }
    if (ca.description !== cb.description) parts.push("description changed");
    changes.push({ area: "REQUEST_CATEGORY", key: cb.key, kind: "CHANGED", summary: `${cb.label}: ${parts.join("; ")}`, before: ca, after: cb });
  }
  changes.push(...orderChange("REQUEST_CATEGORY", "Request category", a.requestCategories, b.requestCategories, (c) => c.label));

  const bands = Math.max(a.guaranteeBands.length, b.guaranteeBands.length);
  for (let i = 0; i < bands; i++) {
    const ba = a.guaranteeBands[i];
    const bb = b.guaranteeBands[i];
    if (same(ba ?? null, bb ?? null)) continue;
    const show = (band: GuaranteeBand | undefined, currency: string) => (band ? `${bandText(band, currency)}: ${band.days} days` : EMPTY);
    const kind: ChangeKind = ba === undefined ? "ADDED" : bb === undefined ? "REMOVED" : "CHANGED";
    const summary =
      kind === "CHANGED" && bandText(ba, a.currency) === bandText(bb, b.currency)
        ? `Guarantee for ${bandText(bb, b.currency)}: ${ba.days}${ARROW}${bb.days} days`
        : `Guarantee band ${i + 1}: ${show(ba, a.currency)}${ARROW}${show(bb, b.currency)}`;
    changes.push({ area: "GUARANTEE_BAND", key: String(i), kind, summary, before: ba ?? null, after: bb ?? null });
  }

  const editions = matchByKey(a.licenseEditions, b.licenseEditions);
  for (const e of editions.removed) changes.push({ area: "LICENSE_EDITION", key: e.key, kind: "REMOVED", summary: `License edition removed: ${e.label}`, before: e, after: null });
  for (const e of editions.added) changes.push({ area: "LICENSE_EDITION", key: e.key, kind: "ADDED", summary: `License edition added: ${e.label}`, before: null, after: e });
  for (const [ea, eb] of editions.kept) {
    if (ea.label !== eb.label) changes.push({ area: "LICENSE_EDITION", key: eb.key, kind: "CHANGED", summary: `License edition "${ea.label}" renamed to "${eb.label}"`, before: ea, after: eb });
  }
  return changes;
}

