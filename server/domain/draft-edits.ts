import type {
  Catalog,
  Cell,
  Exclusion,
  Feature,
  FeatureGroup,
  GuaranteeBand,
  LicenseEdition,
  Plan,
  Priority,
  RequestCategory,
} from "./catalog.js";
import { readCatalog, type Problem } from "./catalog-reader.js";
import { badInput, notFound } from "./errors.js";
import { catalogWarnings, validateCatalog } from "./validate-catalog.js";

/**
 * Edits of a catalog draft, as pure functions: each takes a document and returns a new one
 * (the argument is never changed). An update changes the fields it is given and keeps the
 * others. Keys may be renamed; a rename or a removal carries over
 * to everything in the document that names the key, so a draft never points at a plan,
 * priority or group that is gone. Positions are indexes from 0.
 */

/** The lists of a catalog whose items have a key. */
export type KeyedList = "plans" | "featureGroups" | "features" | "priorities" | "requestCategories" | "licenseEditions";

/** A key an edit renamed, so a problem of the renamed item is still recognised as the same one. */
export interface Rename {
  list: KeyedList;
  from: string;
  to: string;
}

const WHAT: Record<KeyedList, string> = {
  plans: "plan",
  featureGroups: "feature group",
  features: "row",
  priorities: "priority",
  requestCategories: "request category",
  licenseEditions: "license edition",
};

function copy(catalog: Catalog): Catalog {
  return structuredClone(catalog);
}

function indexOfKey(items: { key: string }[], key: string, list: KeyedList, field: string): number {
  const i = items.findIndex((item) => item.key === key);
  if (i < 0) throw notFound(`There is no ${WHAT[list]} "${key}" in this catalog`, field);
  return i;
}

function refuseTakenKey(items: { key: string }[], key: string, list: KeyedList, field: string, except = -1): void {
  if (items.some((item, i) => i !== except && item.key === key)) {
    throw badInput(`There is already a ${WHAT[list]} with the key "${key}"`, field);
  }
}

function checkPosition(position: number, max: number, field = "position"): void {
  if (!Number.isInteger(position) || position < 0 || position > max) {
    throw badInput(`The position must be from 0 to ${max}`, field);
  }
}

function insertAt<T>(items: T[], item: T, position: number | null | undefined): void {
  const at = position ?? items.length;
  checkPosition(at, items.length);
  items.splice(at, 0, item);
}

function moveTo<T>(items: T[], from: number, to: number): void {
  checkPosition(to, items.length - 1);
  const [item] = items.splice(from, 1);
  items.splice(to, 0, item);
}

/** The item with the given fields changed; a field left undefined keeps its value. */
function merge<T extends object>(item: T, changes: Partial<T>): T {
  const defined = Object.entries(changes).filter(([, v]) => v !== undefined);
  return { ...item, ...structuredClone(Object.fromEntries(defined)) } as T;
}

/** The record with one key renamed, keeping the order of the others. */
function renameKey<V>(record: Record<string, V>, from: string, to: string): Record<string, V> {
  if (!(from in record)) return record;
  return Object.fromEntries(Object.entries(record).map(([k, v]) => [k === from ? to : k, v]));
}

/** An item of one of the keyed lists. */
type KeyedItem<L extends KeyedList> = Catalog[L][number];

/** The catalog with the item inserted at the position (default: the end); its key must be free. */
function addKeyed<L extends KeyedList>(catalog: Catalog, list: L, item: KeyedItem<L>, field: string, position?: number | null): Catalog {
  refuseTakenKey(catalog[list], item.key, list, field);
  const next = copy(catalog);
  insertAt(next[list] as KeyedItem<L>[], structuredClone(item), position);
  return next;
}

/** The catalog with the given fields of an item changed; a new key must be free. */
function updateKeyed<L extends KeyedList>(catalog: Catalog, list: L, key: string, changes: Partial<KeyedItem<L>>, field: string) {
  const i = indexOfKey(catalog[list], key, list, "key");
  const item = merge(catalog[list][i] as KeyedItem<L>, changes);
  refuseTakenKey(catalog[list], item.key, list, field, i);
  const next = copy(catalog);
  (next[list] as KeyedItem<L>[])[i] = item;
  return { next, item, index: i };
}

function removeKeyed(catalog: Catalog, list: KeyedList, key: string): Catalog {
  const i = indexOfKey(catalog[list], key, list, "key");
  const next = copy(catalog);
  next[list].splice(i, 1);
  return next;
}

function moveKeyed(catalog: Catalog, list: KeyedList, key: string, position: number): Catalog {
  const i = indexOfKey(catalog[list], key, list, "key");
  const next = copy(catalog);
  moveTo(next[list] as { key: string }[], i, position);
  return next;
}

// Catalog information

export interface CatalogInfoChanges {
  name?: string;
  currency?: string;
  description?: string | null;
  vendor?: string | null;
  guaranteeNote?: string | null;
  notes?: string[];
  editorNotes?: string[];
}

/** Changes the fields given; a field left undefined keeps its value. */
export function updateCatalogInfo(catalog: Catalog, changes: CatalogInfoChanges): Catalog {
  const next = copy(catalog);
  for (const field of ["name", "currency", "description", "vendor", "guaranteeNote", "notes", "editorNotes"] as const) {
    if (changes[field] !== undefined) (next as unknown as Record<string, unknown>)[field] = structuredClone(changes[field]);
  }
  return next;
}

// Plans

export function addPlan(catalog: Catalog, plan: Plan, position?: number | null): Catalog {
  return addKeyed(catalog, "plans", plan, "plan.key", position);
}

/**
 * Changes the fields of the plan that are given (the others keep their value); a new key is
 * carried to the rows' cells, add-on links and exclusions.
 */
export function updatePlan(catalog: Catalog, key: string, changes: Partial<Plan>): Catalog {
  const { next, item: plan, index: i } = updateKeyed(catalog, "plans", key, changes, "plan.key");
  if (plan.key !== key) {
    for (const feature of next.features) feature.cells = renameKey(feature.cells, key, plan.key);
    next.plans.forEach((p, j) => {
      if (j !== i) p.addOnTo = p.addOnTo.map((k) => (k === key ? plan.key : k));
    });
    for (const ex of next.exclusions) ex.plans = ex.plans.map((k) => (k === key ? plan.key : k));
  }
  return next;
}

/**
 * Removes the plan, its cells and the links to it. An exclusion that named only this plan
 * goes too: left with no plans it would apply to the whole catalog.
 */
export function removePlan(catalog: Catalog, key: string): Catalog {
  const next = removeKeyed(catalog, "plans", key);
  for (const feature of next.features) delete feature.cells[key];
  for (const p of next.plans) p.addOnTo = p.addOnTo.filter((k) => k !== key);
  next.exclusions = next.exclusions.flatMap((ex) => {
    if (!ex.plans.includes(key)) return [ex];
    const plans = ex.plans.filter((k) => k !== key);
    return plans.length > 0 ? [{ ...ex, plans }] : [];
  });
  return next;
}

export function movePlan(catalog: Catalog, key: string, position: number): Catalog {
  return moveKeyed(catalog, "plans", key, position);
}

// Feature groups

export function addFeatureGroup(catalog: Catalog, group: FeatureGroup, position?: number | null): Catalog {
  return addKeyed(catalog, "featureGroups", group, "group.key", position);
}

export function updateFeatureGroup(catalog: Catalog, key: string, changes: Partial<FeatureGroup>): Catalog {
  const { next, item: group } = updateKeyed(catalog, "featureGroups", key, changes, "group.key");
  if (group.key !== key) {
    for (const f of next.features) if (f.group === key) f.group = group.key;
  }
  return next;
}

/** Removes the group; its rows stay, without a group. */
export function removeFeatureGroup(catalog: Catalog, key: string): Catalog {
  const next = removeKeyed(catalog, "featureGroups", key);
  for (const f of next.features) if (f.group === key) f.group = null;
  return next;
}

export function moveFeatureGroup(catalog: Catalog, key: string, position: number): Catalog {
  return moveKeyed(catalog, "featureGroups", key, position);
}

// Features (rows) and cells

export function addFeature(catalog: Catalog, feature: Feature, position?: number | null): Catalog {
  return addKeyed(catalog, "features", feature, "feature.key", position);
}

/**
 * Changes the fields of the row that are given; `cells`, when given, replaces all its cells.
 * A row made derived without new cells drops its typed values (the plan's fact replaces
 * them) and keeps each cell's words and notes.
 */
export function updateFeature(catalog: Catalog, key: string, changes: Partial<Feature>): Catalog {
  const next = updateKeyed(catalog, "features", key, changes, "feature.key").next;
  if (changes.source && changes.cells === undefined) {
    const row = next.features.find((f) => f.key === (changes.key ?? key))!;
    row.cells = Object.fromEntries(Object.entries(row.cells).map(([plan, cell]) => [plan, { ...cell, value: null, shape: null }]));
  }
  return next;
}

export function removeFeature(catalog: Catalog, key: string): Catalog {
  return removeKeyed(catalog, "features", key);
}

export function moveFeature(catalog: Catalog, key: string, position: number): Catalog {
  return moveKeyed(catalog, "features", key, position);
}

/** Sets one cell of the matrix; null empties it (the plan does not offer the feature). A
 * derived row's cell takes only the vendor's wording and notes: its value is the plan's fact. */
export function setCell(catalog: Catalog, featureKey: string, planKey: string, cell: Cell | null): Catalog {
  const i = indexOfKey(catalog.features, featureKey, "features", "featureKey");
  indexOfKey(catalog.plans, planKey, "plans", "planKey");
  const source = catalog.features[i].source;
  if (source && cell !== null && cell.value !== null) {
    throw badInput(
      `"${catalog.features[i].label}" is a derived row: its cells show each plan's fact, so change the plan's fact instead (give only the wording and notes here)`,
      "cell.value",
    );
  }
  const next = copy(catalog);
  if (cell === null) delete next.features[i].cells[planKey];
  else next.features[i].cells[planKey] = structuredClone(cell);
  return next;
}

// Priorities

export function addPriority(catalog: Catalog, priority: Priority, position?: number | null): Catalog {
  return addKeyed(catalog, "priorities", priority, "priority.key", position);
}

/** Changes the fields of the priority that are given; a new key is carried to every plan's
 * SLA target for it and to the rows that show it. */
export function updatePriority(catalog: Catalog, key: string, changes: Partial<Priority>): Catalog {
  const { next, item: priority } = updateKeyed(catalog, "priorities", key, changes, "priority.key");
  if (priority.key !== key) {
    for (const p of next.plans) p.sla = renameKey(p.sla, key, priority.key);
    for (const f of next.features) {
      if (f.source) f.source.priorities = f.source.priorities.map((k) => (k === key ? priority.key : k));
    }
  }
  return next;
}

/** Removes the priority, every plan's SLA target for it and its place in the rows that show
 * it; a row that showed only this priority goes too, having nothing left to show. */
export function removePriority(catalog: Catalog, key: string): Catalog {
  const next = removeKeyed(catalog, "priorities", key);
  for (const p of next.plans) delete p.sla[key];
  next.features = next.features.flatMap((f) => {
    if (f.source?.kind !== "SLA" || !f.source.priorities.includes(key)) return [f];
    const priorities = f.source.priorities.filter((k) => k !== key);
    return priorities.length > 0 ? [{ ...f, source: { ...f.source, priorities } }] : [];
  });
  return next;
}

export function movePriority(catalog: Catalog, key: string, position: number): Catalog {
  return moveKeyed(catalog, "priorities", key, position);
}

// Exclusions (no key: addressed by position)

function checkExclusionIndex(catalog: Catalog, index: number): void {
  if (!Number.isInteger(index) || index < 0 || index >= catalog.exclusions.length) {
    throw notFound(`There is no exclusion at position ${index} (the catalog has ${catalog.exclusions.length})`, "index");
  }
}

export function addExclusion(catalog: Catalog, exclusion: Exclusion, position?: number | null): Catalog {
  const next = copy(catalog);
  insertAt(next.exclusions, structuredClone(exclusion), position);
  return next;
}

export function updateExclusion(catalog: Catalog, index: number, changes: Partial<Exclusion>): Catalog {
  checkExclusionIndex(catalog, index);
  const next = copy(catalog);
  next.exclusions[index] = merge(next.exclusions[index], changes);
  return next;
}

export function removeExclusion(catalog: Catalog, index: number): Catalog {
  checkExclusionIndex(catalog, index);
  const next = copy(catalog);
  next.exclusions.splice(index, 1);
  return next;
}

export function moveExclusion(catalog: Catalog, index: number, position: number): Catalog {
  checkExclusionIndex(catalog, index);
  const next = copy(catalog);
  moveTo(next.exclusions, index, position);
  return next;
}

// Request categories

export function addRequestCategory(catalog: Catalog, category: RequestCategory, position?: number | null): Catalog {
  return addKeyed(catalog, "requestCategories", category, "category.key", position);
}

export function updateRequestCategory(catalog: Catalog, key: string, changes: Partial<RequestCategory>): Catalog {
  return updateKeyed(catalog, "requestCategories", key, changes, "category.key").next;
}

export function removeRequestCategory(catalog: Catalog, key: string): Catalog {
  return removeKeyed(catalog, "requestCategories", key);
}

export function moveRequestCategory(catalog: Catalog, key: string, position: number): Catalog {
  return moveKeyed(catalog, "requestCategories", key, position);
}

// Whole lists

export function setGuaranteeBands(catalog: Catalog, bands: GuaranteeBand[], note?: string | null): Catalog {
  const next = copy(catalog);
  next.guaranteeBands = structuredClone(bands);
  if (note !== undefined) next.guaranteeNote = note;
  return next;
}

/**
 * Replaces the license editions. Plans that require an edition keep naming it: dropping an
 * edition a plan requires shows as a problem instead of quietly opening the plan to any edition.
 */
export function setLicenseEditions(catalog: Catalog, editions: LicenseEdition[]): Catalog {
  const next = copy(catalog);
  next.licenseEditions = editions.map((e) => ({ ...e }));
  return next;
}

// Problems of a draft

/** A draft as stored (or as edited) read back, with everything that keeps it from being
 * published, then the warnings (which do not). */
export function draftProblems(doc: unknown): { catalog: Catalog; problems: Problem[] } {
  const { catalog, problems } = readCatalog(doc);
  return { catalog, problems: [...problems, ...validateCatalog(catalog), ...catalogWarnings(catalog)] };
}

/** The problems that keep a draft from being published (warnings do not). */
export function blocking(problems: Problem[]): Problem[] {
  return problems.filter((p) => !p.warning);
}

const KEYED_LISTS: readonly string[] = ["plans", "featureGroups", "features", "priorities", "requestCategories", "licenseEditions"];

/** What names an item of a list in a problem's identity: its key, or an exclusion's text. */
function itemName(catalog: Catalog, list: string, index: number): string | null {
  if (list === "exclusions") return catalog.exclusions[index]?.text ?? null;
  if (!KEYED_LISTS.includes(list)) return null;
  return (catalog[list as KeyedList] as { key: string }[])[index]?.key ?? null;
}

/**
 * A problem's path with list indexes replaced by the item's key ("plans[1].pricing" ->
 * "plans{business}.pricing"; an exclusion by its text), so moving or removing an item does
 * not make the problems of other items look new. With a rename, the old key is written as
 * the new one.
 */
function problemIdentity(catalog: Catalog, path: string, rename?: Rename): string {
  const m = /^([A-Za-z]+)\[(\d+)\](.*)$/.exec(path);
  const name = m ? itemName(catalog, m[1], Number(m[2])) : null;
  if (!m || name === null) return path;
  const list = m[1];
  let key = name;
  let rest = m[3];
  if (rename) {
    if (rename.list === list && key === rename.from) key = rename.to;
    const segment = rename.list === "plans" ? ".cells." : rename.list === "priorities" ? ".sla." : null;
    const renamed = segment && `${segment}${rename.from}`;
    if (renamed && rest.startsWith(renamed) && (rest.length === renamed.length || rest[renamed.length] === ".")) {
      rest = `${segment}${rename.to}${rest.slice(renamed.length)}`;
    }
  }
  return `${list}{${key}}${rest}`;
}

/**
 * The problems an edit brings in: those after the edit at a place (a field of an item,
 * named by key) that had fewer problems before. Compared by place rather than by message,
 * because messages name the plan, so renaming a plan would make its old problems look new;
 * a problem that merely changes its wording at the same place is not new.
 */
export function addedProblems(
  before: { catalog: Catalog; problems: Problem[] },
  after: { catalog: Catalog; problems: Problem[] },
  rename?: Rename,
): Problem[] {
  const old = new Map<string, string[]>();
  // A warning never refuses an edit: it is listed with the draft's problems instead.
  for (const p of blocking(before.problems)) {
    const id = problemIdentity(before.catalog, p.path, rename);
    old.set(id, [...(old.get(id) ?? []), p.message]);
  }
  const added: Problem[] = [];
  for (const p of blocking(after.problems)) {
    const messages = old.get(problemIdentity(after.catalog, p.path));
    if (!messages || messages.length === 0) {
      added.push(p);
      continue;
    }
    const same = messages.indexOf(p.message);
    messages.splice(same >= 0 ? same : 0, 1);
  }
  return added;
}
