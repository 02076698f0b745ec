import type { FigureText } from "./figures-url.js";

const FROM_SERVER: Record<string, keyof FigureText | undefined> = {
  LICENSE_PRICE: "licensePrice",
  PROJECT_BUDGET: "projectBudget",
  TERM_YEARS: "termYears",
  AGENTS: "agents",
  BOTS: "bots",
  LICENSE_EDITION: "edition",
  GO_LIVE_DATE: "goLive",
};

/**
 * The figures the page asks for: those the server says the catalog reads (`Catalog.figures`),
 * and the visitor's zone when some plan's hours are in zones to pick from.
 */
export function figuresUsed(catalog: { figures: readonly string[]; plans: { calendar: { zones: string[] } | null }[] }): Set<keyof FigureText> {
  const used = new Set<keyof FigureText>();
  for (const f of catalog.figures) {
    const key = FROM_SERVER[f];
    if (key) used.add(key);
  }
  if (catalog.plans.some((p) => (p.calendar?.zones.length ?? 0) > 0)) used.add("tz");
  return used;
}
