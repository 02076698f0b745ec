/** The visitor's figures as the page keeps them: text as typed, so a half-typed value survives. */
export interface FigureText {
  licensePrice: string;
  projectBudget: string;
  termYears: number;
  agents: string;
  bots: string;
  /** The go-live date, "2027-03-01"; "" = not said. */
  goLive: string;
  /** The key of the visitor's license edition, for plans sold with given editions; "" = not said. */
  edition: string;
  /** The zone the visitor reads times in (one the plans offer, or an IANA name); "" = not chosen. */
  tz: string;
}

export const NO_FIGURES: FigureText = { licensePrice: "", projectBudget: "", termYears: 1, agents: "", bots: "", goLive: "", edition: "", tz: "" };

const TEXT_KEYS = ["licensePrice", "projectBudget", "agents", "bots", "goLive", "edition", "tz"] as const;

/** Figures from a query string (`?licensePrice=50000&termYears=2`); unknown or out-of-range values are dropped. */
export function figuresFromSearch(search: string): FigureText {
  const params = new URLSearchParams(search);
  const figures = { ...NO_FIGURES };
  for (const key of TEXT_KEYS) figures[key] = (params.get(key) ?? "").slice(0, 40);
  const term = Number(params.get("termYears"));
  figures.termYears = Number.isInteger(term) && term >= 1 && term <= 10 ? term : 1;
  return figures;
}

/**
 * The query string for the figures the catalog uses, in a fixed order, without empty values
 * (and without the default term), so the same comparison always has the same address.
 */
export function searchFromFigures(figures: FigureText, uses: ReadonlySet<keyof FigureText>, extra: Record<string, string | null> = {}): string {
  const params = new URLSearchParams();
  for (const key of ["licensePrice", "projectBudget", "termYears", "agents", "bots", "goLive", "edition", "tz"] as const) {
    if (!uses.has(key)) continue;
    const value = key === "termYears" ? (figures.termYears === 1 ? "" : String(figures.termYears)) : figures[key].trim();
    if (value) params.set(key, value);
  }
  for (const [key, value] of Object.entries(extra)) if (value) params.set(key, value);
  const text = params.toString();
  return text ? `?${text}` : "";
}

/** A count typed by a person (agents, bots); null when empty or not a whole number. */
export function countOrNull(text: string): number | null {
  return /^\d{1,6}$/.test(text.trim()) ? Number(text.trim()) : null;
}
