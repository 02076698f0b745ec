import type { Catalog, Cell, EligibilityLimit, Feature, FactKind, Plan, PricingRule, SlaTarget } from "./catalog.js";
import { cellDisplay, describeCalendar } from "./display.js";
import { describeLimit } from "./eligibility.js";
import { Dec, formatMoney, formatPlain, groupThousands, minorDigits } from "./money.js";
import { describeTarget } from "./sla-clock.js";

/**
 * Derived rows: a feature row that shows a structured fact of each plan (its price, its
 * response target for a priority or a group of priorities, its support hours, its
 * authorized contacts, its eligibility limits) instead of typed cells, so the matrix cannot
 * contradict what the engine prices and times.
 *
 * The vendor's wording survives as a template in the cell's text, with {placeholders}
 * filled from the fact ("{percent}% of the licenses price"). A wording is tied to the
 * *shape* of the fact it was written for (a percent rule, business hours, these exact
 * support hours): while the fact keeps that shape the template is filled in; once the
 * shape changes (the plan becomes priced on request, the hours move) the words could lie,
 * so the cell falls back to the fact in the product's words.
 */

/** What a plan's fact reads as, and the shape a vendor wording must match to be used. */
interface Fact {
  /** null: the plan has no such fact (the cell is empty). */
  shape: string | null;
  /** The fact in the product's words. */
  plain: string | null;
  /** Values the wording's {placeholders} are filled with. */
  values: Record<string, string>;
}

const NO_FACT: Fact = { shape: null, plain: null, values: {} };

function money(value: string, currency: string): string {
  return formatMoney(new Dec(value), minorDigits(currency));
}

/** The rule in words, for people comparing plans: "10% of the license price a year". */
export function describeRule(rule: PricingRule, currency: string): string {
  const amount = (v: string) => `${money(v, currency)} ${currency}`;
  const per = rule.period === "MONTH" ? "a month" : rule.period === "ONE_TIME" ? "once" : "a year";
  switch (rule.kind) {
    case "INCLUDED":
      return "Included";
    case "FIXED":
      return rule.amount === null ? "Fixed price" : `${amount(rule.amount)} ${per}`;
    case "PERCENT_OF_LICENSE":
      return `${rule.percent === null ? "?" : formatPlain(new Dec(rule.percent))}% of the license price a year`;
    case "PERCENT_OF_PROJECT_BUDGET":
      return `${rule.percent === null ? "?" : formatPlain(new Dec(rule.percent))}% of the project budget a year`;
    case "CREDIT_PACKS":
      return "Prepaid credit packs";
    case "QUOTE_BASED":
      return "Price on request";
  }
}

function priceFact(plan: Plan, currency: string): Fact {
  const rule = plan.pricing;
  const values: Record<string, string> = {};
  if (rule.percent !== null) values.percent = formatPlain(new Dec(rule.percent));
  for (const field of ["amount", "minimum", "maximum"] as const) {
    const v = rule[field];
    if (v !== null) values[field] = groupThousands(money(v, currency));
  }
  const prices = rule.packs.flatMap((p) => (p.price === null ? [] : [new Dec(p.price)]));
  if (prices.length > 0) {
    values.from = groupThousands(money(Dec.min(...prices).toString(), currency));
    values.to = groupThousands(money(Dec.max(...prices).toString(), currency));
  }
  if (rule.packs.length > 0) values.packs = rule.packs.map((p) => `${p.credits} credits`).join(", ");
  const shape = rule.kind === "FIXED" ? `FIXED/${rule.period}` : rule.kind;
  return { shape, plain: describeRule(rule, currency), values };
}

/** The targets of a row's priorities: one value when they agree, each named when they do not. */
function slaFact(catalog: Catalog, plan: Plan, priorities: string[]): Fact {
  const targets = priorities.map((k) => [k, plan.sla[k]] as [string, SlaTarget | undefined]);
  const given = targets.filter((t): t is [string, SlaTarget] => t[1] !== undefined);
  if (given.length === 0) return NO_FACT;
  const first = given[0][1];
  const agree =
    given.length === targets.length &&
    given.every(([, t]) => t.unit === first.unit && new Dec(t.amount).eq(first.amount));
  if (agree) return { shape: first.unit, plain: describeTarget(first), values: { amount: formatPlain(new Dec(first.amount)) } };
  const label = (key: string) => catalog.priorities.find((p) => p.key === key)?.label ?? key;
  const plain = targets.map(([k, t]) => `${label(k)}: ${t ? describeTarget(t) : "no target"}`).join("; ");
  // Targets that differ have no single value a vendor's wording could hold.
  return { shape: "MIXED", plain, values: {} };
}

const FIGURE_PLACEHOLDERS: Record<EligibilityLimit["figure"], string> = {
  AGENTS: "agents",
  BOTS: "bots",
  PROJECT_BUDGET: "projectBudget",
  LICENSE_PRICE: "licensePrice",
};

function eligibilityFact(plan: Plan, currency: string): Fact {
  const limits = plan.limits;
  const shape = limits.length === 0 ? "NONE" : limits.map((l) => `${l.figure} ${l.comparison}`).join(", ");
  const values: Record<string, string> = {};
  for (const l of limits) {
    const integer = l.figure === "AGENTS" || l.figure === "BOTS";
    values[FIGURE_PLACEHOLDERS[l.figure]] = integer ? formatPlain(new Dec(l.value)) : groupThousands(money(l.value, currency));
  }
  const plain = limits.length === 0 ? null : limits.map((l) => describeLimit(l, currency)).join(", ");
  return { shape, plain, values };
}

function factOf(catalog: Catalog, feature: Feature, plan: Plan): Fact {
  const source = feature.source;
  if (!source) return NO_FACT;
  switch (source.kind) {
    case "PRICE":
      return priceFact(plan, catalog.currency);
    case "SLA":
      return slaFact(catalog, plan, source.priorities);
    case "SUPPORT_HOURS":
      if (!plan.calendar) return NO_FACT;
      // The hours and zones, without the vendor's note: the note is words, not the fact.
      return { shape: describeCalendar(plan.calendar), plain: describeCalendar(plan.calendar), values: {} };
    case "AUTHORIZED_CONTACTS":
      if (plan.authorizedContacts === null) return NO_FACT;
      return { shape: "COUNT", plain: String(plan.authorizedContacts), values: { count: String(plan.authorizedContacts) } };
    case "ELIGIBILITY":
      return eligibilityFact(plan, catalog.currency);
  }
}

/** The placeholders a wording may use, by fact kind (for the editor's help and validation). */
export const PLACEHOLDERS: Record<FactKind, string[]> = {
  PRICE: ["percent", "amount", "minimum", "maximum", "from", "to", "packs"],
  SLA: ["amount"],
  SUPPORT_HOURS: [],
  AUTHORIZED_CONTACTS: ["count"],
  ELIGIBILITY: Object.values(FIGURE_PLACEHOLDERS),
};

const PLACEHOLDER = /\{([A-Za-z]+)\}/g;

/** The template filled in; null when it names a value the fact does not have. */
function fill(template: string, values: Record<string, string>): string | null {
  let missing = false;
  const text = template.replace(PLACEHOLDER, (_m, name: string) => {
    if (values[name] === undefined) missing = true;
    return values[name] ?? "";
  });
  return missing ? null : text;
}

/** The shape of the plan's fact for a derived row: what a wording written today is tied to. */
export function factShape(catalog: Catalog, feature: Feature, plan: Plan): string | null {
  return factOf(catalog, feature, plan).shape;
}

/** Whether the cell's wording still describes the plan's fact (same shape, every placeholder filled). */
export function wordingApplies(catalog: Catalog, feature: Feature, plan: Plan, cell: Cell | undefined): boolean {
  if (!cell?.text) return false;
  const fact = factOf(catalog, feature, plan);
  return fact.shape !== null && cell.shape === fact.shape && fill(cell.text, fact.values) !== null;
}

/** A derived row's cell as a person reads it: the vendor's wording filled from the fact while
 * it applies, else the fact in the product's words; null when the plan has no such fact. */
export function derivedDisplay(catalog: Catalog, feature: Feature, plan: Plan): string | null {
  const fact = factOf(catalog, feature, plan);
  if (fact.shape === null) return null;
  const cell = feature.cells[plan.key];
  if (cell?.text && cell.shape === fact.shape) {
    const filled = fill(cell.text, fact.values);
    if (filled !== null) return filled;
  }
  return fact.plain;
}

/**
 * Ties every derived cell's wording that has no shape yet to the shape of today's fact. A
 * document written by hand (a demo file, an import) gives the words; the reader pins them
 * to the fact they describe.
 */
export function pinWordings(catalog: Catalog): void {
  for (const feature of catalog.features) {
    if (!feature.source) continue;
    for (const [planKey, cell] of Object.entries(feature.cells)) {
      const plan = catalog.plans.find((p) => p.key === planKey);
      if (!plan || cell.text === null || cell.shape !== null) continue;
      cell.shape = safeShape(catalog, feature, plan);
    }
  }
}

function safeShape(catalog: Catalog, feature: Feature, plan: Plan): string | null {
  try {
    return factShape(catalog, feature, plan);
  } catch {
    // An unreadable fact (a draft's half-typed percent) is reported by validation.
    return null;
  }
}

/** The kind of fact in words, for labels and messages: "first response, P1". */
export function describeSource(catalog: Catalog, feature: Feature): string {
  const source = feature.source;
  if (!source) return "free text";
  switch (source.kind) {
    case "PRICE":
      return "price";
    case "SLA": {
      const labels = source.priorities.map((k) => catalog.priorities.find((p) => p.key === k)?.label ?? k);
      return `first response, ${labels.join(", ")}`;
    }
    case "SUPPORT_HOURS":
      return "support hours";
    case "AUTHORIZED_CONTACTS":
      return "authorized contacts";
    case "ELIGIBILITY":
      return "eligibility limits";
  }
}

/** Any row's cell as a person reads it: typed rows from their cells, derived rows from the fact. */
export function featureCellDisplay(catalog: Catalog, feature: Feature, plan: Plan): string | null {
  if (feature.source) return derivedDisplay(catalog, feature, plan);
  return cellDisplay(feature, feature.cells[plan.key], plan);
}
