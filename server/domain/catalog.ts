/**
 * The catalog document: one vendor's plan matrix as plain data. It is the shape the
 * engine prices from, the shape of a draft, and the JSON format of the demo catalogs,
 * export and import. Money, percents and numbers are decimal strings.
 */

export const PRICING_KINDS = [
  "INCLUDED",
  "FIXED",
  "PERCENT_OF_LICENSE",
  "PERCENT_OF_PROJECT_BUDGET",
  "CREDIT_PACKS",
  "QUOTE_BASED",
] as const;
export type PricingKind = (typeof PRICING_KINDS)[number];

/** What an amount is for: a year of support, a month of support, or once. */
export const PERIODS = ["YEAR", "MONTH", "ONE_TIME"] as const;
export type Period = (typeof PERIODS)[number];

export const AVAILABILITIES = ["BASE", "ADD_ON", "INCLUDED"] as const;
export type Availability = (typeof AVAILABILITIES)[number];

export const VALUE_TYPES = ["BOOLEAN", "NUMBER", "DURATION", "TEXT", "LIST", "SCHEDULE"] as const;
export type ValueType = (typeof VALUE_TYPES)[number];

export const SLA_UNITS = ["BUSINESS_HOURS", "CALENDAR_MINUTES", "CALENDAR_HOURS", "CALENDAR_DAYS"] as const;
export type SlaUnit = (typeof SLA_UNITS)[number];

export const WEEKDAYS = ["MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN"] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export const LIMIT_FIGURES = ["AGENTS", "BOTS", "PROJECT_BUDGET", "LICENSE_PRICE"] as const;
export type LimitFigure = (typeof LIMIT_FIGURES)[number];

export const COMPARISONS = ["LESS_THAN", "AT_MOST", "MORE_THAN", "AT_LEAST"] as const;
export type Comparison = (typeof COMPARISONS)[number];

export const EXCLUSION_KINDS = ["NOT_COVERED", "NOT_INCLUDED", "WARRANTY_VOID"] as const;
export type ExclusionKind = (typeof EXCLUSION_KINDS)[number];

export const CREDIT_RULE_KINDS = ["FIXED", "FROM", "UPGRADE"] as const;
export type CreditRuleKind = (typeof CREDIT_RULE_KINDS)[number];

/** The structured plan facts a feature row can show instead of holding typed cells. */
export const FACT_KINDS = ["PRICE", "SLA", "SUPPORT_HOURS", "AUTHORIZED_CONTACTS", "ELIGIBILITY"] as const;
export type FactKind = (typeof FACT_KINDS)[number];
/**
 * What sales may agree for a price the catalog does not state without an admin's
 * approval: at least the floor and, when a list price is given, at most it.
 */
export interface PriceGuidance {
  floor: string;
  listPrice: string | null;
}

export interface CreditPack {
  credits: number;
  /** null: the vendor does not publish this pack's price. */
  price: string | null;
  /** An unpublished pack's guidance, per pack. */
  guidance?: PriceGuidance | null;
}

export interface PricingRule {
  kind: PricingKind;
  /** PERCENT_* rules: percent per year of the base ("10" is 10%). */
  percent: string | null;
  /** FIXED: the amount per period. */
  amount: string | null;
  period: Period;
  /** Bounds on the yearly amount of a percent or fixed rule. */
  minimum: string | null;
  maximum: string | null;
  /** CREDIT_PACKS: the packs on sale. */
  packs: CreditPack[];
  /** What the vendor says about the price, in the vendor's words. */
  note: string | null;
  /** What the product adds about the price, in its own voice (never shown as the vendor's). */
  editorNote: string | null;
  /** QUOTE_BASED: the guidance for an agreed price, per year (per occurrence for ONE_TIME). */
  guidance?: PriceGuidance | null;
}

export interface TimeWindow {
  days: Weekday[];
  /** "HH:MM" local time; end may be "24:00". */
  start: string;
  end: string;
}

export interface SupportCalendar {
  /** IANA names or fixed offsets ("+01:00"); the first is the default. */
  zones: string[];
  /** Round the clock, every day (24/7). */
  alwaysOpen: boolean;
  windows: TimeWindow[];
  /** Closed days, "YYYY-MM-DD" in the calendar's zone. */
  holidays: string[];
  note: string | null;
}

export interface EligibilityLimit {
  figure: LimitFigure;
  comparison: Comparison;
  value: string;
}

export interface SlaTarget {
  /** Positive decimal ("6", "0.5"). */
  amount: string;
  unit: SlaUnit;
  note: string | null;
}

export interface Plan {
  key: string;
  name: string;
  tagline: string | null;
  description: string | null;
  /** "This service is for you if you:" bullets. */
  forYouIf: string[];
  availability: Availability[];
  /** Plans this one can be added to (when availability has ADD_ON). */
  addOnTo: string[];
  /** The base product it comes with (when availability has INCLUDED). */
  includedWith: string | null;
  pricing: PricingRule;
  calendar: SupportCalendar | null;
  limits: EligibilityLimit[];
  /** License editions the plan is sold for; empty = any. */
  requiresEdition: string[];
  /** SLA response targets by priority key. */
  sla: Record<string, SlaTarget>;
  /** How many of the customer's people may submit support cases; null: not stated. */
  authorizedContacts: number | null;
  notes: string[];
}

export interface FeatureGroup {
  key: string;
  label: string;
}

/** A cell's value, by the feature's value type: BOOLEAN boolean, NUMBER decimal string,
 * DURATION { amount, unit }, TEXT string, LIST string[], SCHEDULE string (hours as worded;
 * null derives them from the plan's calendar). */
export type CellValue = boolean | string | string[] | { amount: string; unit: SlaUnit } | null;

export interface Cell {
  /** Always null in a derived row: its value is the plan's fact. */
  value: CellValue;
  /** The cell as the vendor words it, when that differs from the value's plain reading. In a
   * derived row, a wording template whose {placeholders} are filled from the fact. */
  text: string | null;
  /** The vendor's note on the cell. */
  note: string | null;
  /** A note in the product's own voice (a gloss the vendor did not write). */
  editorNote: string | null;
  /** Derived rows: the shape of the fact the wording was written for (see fact-rows.ts); the
   * wording shows only while the fact keeps that shape, so it never goes stale. */
  shape: string | null;
}

/** Where a derived row takes its cells from. */
export interface FactSource {
  kind: FactKind;
  /** SLA: the priority, or the group of priorities sharing a row ("P2-P4"). Empty otherwise. */
  priorities: string[];
}

export interface Feature {
  key: string;
  label: string;
  group: string | null;
  type: ValueType;
  /** Unit of NUMBER cells ("contacts"); shown beside the label, not in each cell. */
  unit: string | null;
  note: string | null;
  /** Set on a derived row: each plan's cell is computed from this fact of the plan, so the
   * row can never disagree with what the engine prices and times. null: a free-text row. */
  source: FactSource | null;
  /** By plan key; a plan without an entry does not offer the feature (empty cell). In a
   * derived row, entries only hold the vendor's wording and notes. */
  cells: Record<string, Cell>;
}

export interface Exclusion {
  kind: ExclusionKind;
  heading: string | null;
  text: string;
  /** Empty: the whole catalog. */
  plans: string[];
}

export interface Priority {
  key: string;
  label: string;
  definition: string | null;
  examples: string[];
}

export interface CreditRule {
  kind: CreditRuleKind;
  /** FIXED: the credits; FROM: the minimum; UPGRADE: the base covering includedSteps. */
  credits: number;
  perStep: number | null;
  includedSteps: number | null;
}

export interface RequestCategory {
  key: string;
  label: string;
  description: string | null;
  rule: CreditRule;
  /** Work starts only after the customer confirms the assessment (when asked to know the cost first). */
  needsConfirmation: boolean;
}

export interface GuaranteeBand {
  /** Lower bound of the project budget. */
  min: string;
  minInclusive: boolean;
  /** Upper bound; null = no upper bound. */
  max: string | null;
  maxInclusive: boolean;
  days: number;
  /** The band as the vendor words it ("Below $25.000"). */
  label: string | null;
}

export interface LicenseEdition {
  key: string;
  label: string;
}

export interface Catalog {
  slug: string;
  name: string;
  currency: string;
  description: string | null;
  vendor: string | null;
  licenseEditions: LicenseEdition[];
  featureGroups: FeatureGroup[];
  plans: Plan[];
  features: Feature[];
  exclusions: Exclusion[];
  priorities: Priority[];
  requestCategories: RequestCategory[];
  guaranteeBands: GuaranteeBand[];
  /** What the guarantee is about ("Free post-project guarantee period, calendar days"). */
  guaranteeNote: string | null;
  /** The vendor's notes. */
  notes: string[];
  /** Notes in the product's own voice (explanations the vendor did not write). */
  editorNotes: string[];
}

export function findPlan(catalog: Catalog, key: string): Plan | undefined {
  return catalog.plans.find((p) => p.key === key);
}
