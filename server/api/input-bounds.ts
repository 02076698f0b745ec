/**
 * The bounds every argument of the API is held to at the edge, in one place. A value beyond
 * them is refused with BAD_USER_INPUT naming the field before any resolver runs (see
 * input-guard.plugin.ts); the domain's own checks (formats, ranges, rules) come after.
 *
 * Strings: by the name of the argument or input field (a list of strings takes the list's
 * name); by scalar for Decimal, Date, DateTime and ID; DEFAULT_STRING otherwise. No string
 * may hold a NUL character (PostgreSQL cannot store one).
 * Lists: by name, DEFAULT_LIST otherwise. JSON values (imported catalogs, cell values) are
 * walked too: their keys name their strings and lists, with JSON_DEPTH levels at most.
 */
export const DEFAULT_STRING = 4000;
export const DEFAULT_LIST = 100;
export const JSON_DEPTH = 16;

const names = (bound: number, list: string[]) => list.map((name) => [name, bound] as const);

export const STRING_BOUNDS: ReadonlyMap<string, number> = new Map([
  // Keys and slugs: lower-case words.
  ...names(100, ["slug", "newSlug", "catalogSlug", "key", "planKey", "featureKey", "priorityKey", "categoryKey", "lineKey"]),
  ...names(100, ["licenseEdition", "requiresEdition", "addOnKeys", "addOnTo", "planKeys", "priorityKeys", "entity"]),
  // Names and labels a person reads.
  ...names(200, ["name", "newName", "contactName", "company", "label", "heading", "vendor", "tagline", "unit", "group", "includedWith"]),
  ...names(200, ["search", "entityKey", "token", "idempotencyKey"]),
  ["email", 254],
  ...names(1000, ["password", "currentPassword", "newPassword"]),
  ...names(64, ["timeZone", "zones"]),
  ...names(32, ["number", "fromVersion", "toVersion", "holidays", "start", "end", "currency"]),
  ["after", 500],
  // Free text (reasons, messages, notes, descriptions) takes DEFAULT_STRING.
]);

/** Scalars whose strings have a form of their own: far shorter than free text. */
export const SCALAR_STRING_BOUNDS: ReadonlyMap<string, number> = new Map([
  ["Decimal", 40],
  ["Date", 32],
  ["DateTime", 40],
  ["ID", 100],
]);

export const LIST_BOUNDS: ReadonlyMap<string, number> = new Map([
  ["options", 10],
  ["days", 7],
  ["discounts", 20],
  ["contacts", 20],
  ["limits", 20],
  ["holidays", 400],
  ["features", 500],
]);

export function stringBound(name: string, scalar: string): number {
  return SCALAR_STRING_BOUNDS.get(scalar) ?? STRING_BOUNDS.get(name) ?? DEFAULT_STRING;
}

export function listBound(name: string): number {
  return LIST_BOUNDS.get(name) ?? DEFAULT_LIST;
}
