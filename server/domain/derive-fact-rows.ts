import type { Catalog, Cell, Feature, FactSource, Plan, SlaTarget } from "./catalog.js";
import { pinWordings } from "./fact-rows.js";
import { Dec, formatPlain } from "./money.js";
import { CONTACT_WORDS, HOURS_WORDS, namedPriorities, PRICE_WORDS } from "./validate-catalog.js";

/**
 * Turns the free-text rows of a catalog written before derived rows existed into derived
 * rows, when they restate a structured fact and agree with it for every plan: the typed
 * response times, price, support hours and authorized contacts. The numbers of an
 * "authorized contacts" row become the plans' `authorizedContacts` (the only one of these
 * facts that was not structured before).
 *
 * Nothing is lost: the vendor's words of a cell become the derived row's wording (a
 * number the fact holds becomes its {placeholder}), and its notes stay. A row that
 * disagrees with the structured fact anywhere is left as it was: the structured fact is
 * what quotes are priced and timed from, and the typed row stays visible, with the
 * warning that asks an admin to replace it.
 */
export function deriveFactRows(catalog: Catalog): { catalog: Catalog; derived: string[] } {
  const next = structuredClone(catalog);
  const derived: string[] = [];
  next.features = next.features.map((f) => {
    if (f.source) return f;
    const row = contactsRow(next, f) ?? slaRow(next, f) ?? priceRow(next, f) ?? hoursRow(next, f);
    if (!row) return f;
    derived.push(f.key);
    return row;
  });
  pinWordings(next);
  return { catalog: next, derived };
}

type Words = Record<string, { text: string | null; note: string | null; editorNote: string | null }>;

function derivedFeature(f: Feature, source: FactSource, words: Words): Feature {
  const cells: Record<string, Cell> = {};
  for (const [plan, w] of Object.entries(words)) {
    if (w.text !== null || w.note !== null || w.editorNote !== null) cells[plan] = { value: null, ...w, shape: null };
  }
  return { ...f, type: "TEXT", unit: f.unit, source, cells };
}

function planOf(catalog: Catalog, key: string): Plan | undefined {
  return catalog.plans.find((p) => p.key === key);
}

function wholeNumber(value: Cell["value"]): number | null {
  return typeof value === "string" && /^\d{1,6}$/.test(value) ? Number(value) : null;
}

function contactsRow(catalog: Catalog, f: Feature): Feature | null {
  if (f.type !== "NUMBER" || !CONTACT_WORDS.test(f.label)) return null;
  const counts = new Map<string, number>();
  for (const [planKey, cell] of Object.entries(f.cells)) {
    const plan = planOf(catalog, planKey);
    const n = wholeNumber(cell.value);
    if (!plan || n === null || cell.text !== null) return null;
    if (plan.authorizedContacts !== null && plan.authorizedContacts !== n) return null;
    counts.set(planKey, n);
  }
  if (counts.size === 0) return null;
  for (const [planKey, n] of counts) planOf(catalog, planKey)!.authorizedContacts = n;
  return derivedFeature(f, { kind: "AUTHORIZED_CONTACTS", priorities: [] }, notesOnly(f));
}

function notesOnly(f: Feature): Words {
  const words: Words = {};
  for (const [plan, cell] of Object.entries(f.cells)) words[plan] = { text: null, note: cell.note, editorNote: cell.editorNote };
  return words;
}

const RESPONSE_WORDS = /\b(response|respond|reply|frt|priority|severity)\b/i;
const BUSINESS_WORDS = /\b(working|business)\s+hours?\b/i;

/** Whether a typed cell states the target: a plain number in business hours (when the label
 * says so) or in any unit, or a duration equal to it. */
function cellStates(f: Feature, cell: Cell, target: SlaTarget | undefined): boolean {
  if (!target) return false;
  const v = cell.value;
  if (f.type === "DURATION" && v !== null && typeof v === "object" && !Array.isArray(v)) {
    return v.unit === target.unit && new Dec(v.amount).eq(target.amount);
  }
  if (f.type === "NUMBER" && typeof v === "string") {
    if (BUSINESS_WORDS.test(f.label) && target.unit !== "BUSINESS_HOURS") return false;
    return new Dec(v).eq(target.amount);
  }
  return false;
}

function slaRow(catalog: Catalog, f: Feature): Feature | null {
  if (f.type !== "NUMBER" && f.type !== "DURATION") return null;
  if (!RESPONSE_WORDS.test(f.label) && namedPriorities(catalog, f.label).length === 0) return null;
  const entries = Object.entries(f.cells);
  if (entries.length === 0 || entries.some(([, c]) => c.text !== null)) return null;
  // Every priority whose target each plan's cell states; plans without a cell have none.
  const priorities = catalog.priorities
    .map((p) => p.key)
    .filter((k) =>
      catalog.plans.every((plan) => {
        const cell = f.cells[plan.key];
        return cell ? cellStates(f, cell, plan.sla[k]) : plan.sla[k] === undefined;
      }),
    );
  if (priorities.length === 0) return null;
  const words = notesOnly(f);
  // "4" under a label that says "working hours" reads better than "4 business hours" in that row.
  if (f.type === "NUMBER") for (const w of Object.values(words)) w.text = "{amount}";
  return derivedFeature(f, { kind: "SLA", priorities }, words);
}

function priceRow(catalog: Catalog, f: Feature): Feature | null {
  if (f.type !== "TEXT" || !PRICE_WORDS.test(f.label)) return null;
  const words: Words = {};
  for (const [planKey, cell] of Object.entries(f.cells)) {
    const plan = planOf(catalog, planKey);
    if (!plan || typeof cell.value !== "string") return null;
    const text = cell.text ?? cell.value;
    const percent = plan.pricing.percent === null ? null : formatPlain(new Dec(plan.pricing.percent));
    const stated = [...text.matchAll(/(\d+(?:[.,]\d+)?)\s*%/g)].map((m) => m[1].replace(",", "."));
    if (stated.some((s) => percent === null || !new Dec(s).eq(percent))) return null;
    const wording = percent !== null && stated.length > 0 ? text.replace(/(\d+(?:[.,]\d+)?)(\s*%)/g, "{percent}$2") : text;
    words[planKey] = { text: wording, note: cell.note, editorNote: cell.editorNote };
  }
  if (Object.keys(words).length === 0) return null;
  return derivedFeature(f, { kind: "PRICE", priorities: [] }, words);
}

function hoursRow(catalog: Catalog, f: Feature): Feature | null {
  if (f.type !== "SCHEDULE" || !HOURS_WORDS.test(f.label)) return null;
  const words: Words = {};
  for (const [planKey, cell] of Object.entries(f.cells)) {
    const plan = planOf(catalog, planKey);
    // Hours typed for a plan without a calendar have no fact to show them from.
    if (!plan?.calendar) return null;
    const text = cell.text ?? (typeof cell.value === "string" ? cell.value : null);
    words[planKey] = { text, note: cell.note, editorNote: cell.editorNote };
  }
  if (Object.keys(words).length === 0) return null;
  return derivedFeature(f, { kind: "SUPPORT_HOURS", priorities: [] }, words);
}
