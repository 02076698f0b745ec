import type { FigureText } from "./figures-url.js";

interface CatalogLike {
  plans: { pricing: { kind: string }; limits: { figure: string }[]; calendar: { zones: string[] } | null }[];
  guaranteeBands: unknown[];
}

/**
 * The figures a catalog's prices, limits, guarantee and calendars read, so the page asks only
 * for those. (Server field `Catalog.figures` replaces this once it is in the schema.)
 */
export function figuresUsed(catalog: CatalogLike): Set<keyof FigureText> {
  const used = new Set<keyof FigureText>();
  const kinds = catalog.plans.map((p) => p.pricing.kind);
  const limits = catalog.plans.flatMap((p) => p.limits.map((l) => l.figure));
  if (kinds.includes("PERCENT_OF_LICENSE") || limits.includes("LICENSE_PRICE")) used.add("licensePrice");
  if (kinds.includes("PERCENT_OF_PROJECT_BUDGET") || limits.includes("PROJECT_BUDGET") || catalog.guaranteeBands.length > 0) used.add("projectBudget");
  if (kinds.some((k) => k.startsWith("PERCENT") || k === "FIXED")) used.add("termYears");
  if (limits.includes("AGENTS")) used.add("agents");
  if (limits.includes("BOTS")) used.add("bots");
  if (catalog.plans.some((p) => (p.calendar?.zones.length ?? 0) > 0)) used.add("tz");
  return used;
}
