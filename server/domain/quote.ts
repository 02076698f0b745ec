import { DateTime } from "luxon";
import { findPlan, type Catalog, type ExclusionKind } from "./catalog.js";
import { parseDate } from "./dates.js";
import { badInput } from "./errors.js";
import { Dec, formatMoney, formatPlain, groupThousands, minorDigits, roundMoney, sumMoney } from "./money.js";
import { priceQuote, type CreditPackOrder, type CustomPrice, type PricedLine } from "./pricing.js";
import { describeTarget } from "./sla-clock.js";
import { describeCalendar } from "./display.js";
import { isZoneError, parseZone } from "./zones.js";

export const DISCOUNT_KINDS = ["PERCENT", "AMOUNT"] as const;
export type DiscountKind = (typeof DISCOUNT_KINDS)[number];

export interface Discount {
  /** Key of the priced line it reduces (ComputedLine.key); null = the option's total. */
  lineKey: string | null;
  kind: DiscountKind;
  value: string;
  /** What the customer reads beside it ("Launch offer"); optional. */
  label: string | null;
  /** Why it was given: for staff only, never shown to the customer. */
  reason: string;
}

export interface QuoteOption {
  /** "Good", "Better", "Best"; empty for a single chosen plan. */
  label: string | null;
  planKey: string;
  addOnKeys: string[];
  creditPacks: CreditPackOrder[];
  customPrices: CustomPrice[];
  discounts: Discount[];
}

/** The customer's figures a quote is priced for. */
export interface QuoteFigures {
  licensePrice: string | null;
  projectBudget: string | null;
  termYears: number;
  goLiveDate: string | null;
  agents: number | null;
  bots: number | null;
  licenseEdition: string | null;
}

export interface QuoteContent {
  figures: QuoteFigures;
  /** One chosen plan, or two to four alternatives for the customer to pick from. */
  options: QuoteOption[];
}

export type ComputedLineKind = PricedLine["kind"] | "DISCOUNT";

export interface ComputedLine {
  /** Names the line within its option: the plan key for plans and add-ons, "pack-100" for packs, "discount-1"... */
  key: string;
  kind: ComputedLineKind;
  planKey: string | null;
  label: string;
  detail: string;
  /** Minor-unit string; negative for discounts; null = price on request. */
  amount: string | null;
}

export interface SlaRow {
  priorityKey: string;
  priorityLabel: string;
  target: string;
}

export interface PlanSla {
  planKey: string;
  planName: string;
  hours: string | null;
  targets: SlaRow[];
}

export interface ExclusionInForce {
  kind: ExclusionKind;
  heading: string | null;
  text: string;
  planKeys: string[];
}

export interface ComputedOption {
  label: string | null;
  planKey: string;
  planName: string;
  lines: ComputedLine[];
  /** Sum of the priced lines before discounts; null when any line is priced on request. */
  undiscounted: string | null;
  /** Sum of all lines; null when any line is priced on request. */
  total: string | null;
  /** Share of the priced lines taken off by all discounts, in percent ("12.5"), whatever else is on request. */
  discountPercent: string;
  eligible: boolean;
  reasons: string[];
  sla: PlanSla[];
  exclusions: ExclusionInForce[];
}

export interface ComputedQuote {
  currency: string;
  termYears: number;
  options: ComputedOption[];
  guarantee: { days: number; startsOn: string | null; endsOn: string | null } | null;
}

const MAX_OPTIONS = 4;

const MAX_WORDS = 500;

function checkDiscount(d: Discount, field: string): Dec {
  if (!d.reason || !d.reason.trim()) throw badInput("Give the reason for the discount", `${field}.reason`);
  if (d.reason.length > MAX_WORDS) throw badInput(`The reason for a discount is at most ${MAX_WORDS} characters`, `${field}.reason`);
  if (d.label && d.label.length > MAX_WORDS) throw badInput(`A discount's label is at most ${MAX_WORDS} characters`, `${field}.label`);
  if (!/^\d{1,15}(\.\d{1,4})?$/.test(d.value)) throw badInput("A discount is a positive number (percent or amount)", `${field}.value`);
  const value = new Dec(d.value);
  if (value.lte(0)) throw badInput("A discount is above 0", `${field}.value`);
  if (d.kind === "PERCENT" && value.gt(100)) throw badInput("A percent discount is at most 100", `${field}.value`);
  if (d.kind === "AMOUNT" && !/^\d{1,15}(\.\d{1,2})?$/.test(d.value)) throw badInput("A discount amount has at most 2 decimals", `${field}.value`);
  return value;
}

function discountAmount(d: Discount, value: Dec, base: Dec, digits: number): Dec {
  return d.kind === "PERCENT" ? roundMoney(base.times(value).div(100), digits) : value;
}

function describeDiscount(d: Discount, value: Dec): string {
  return d.kind === "PERCENT" ? `${formatPlain(value)}% off` : "Amount off";
}

/** What the customer reads for a discount line: what it reduces, and its label when it has one (never its reason). */
function discountLabel(d: Discount, target: string): string {
  const label = d.label?.trim();
  return `Discount on ${target}${label ? `: ${label}` : ""}`;
}

/** Keys of priced lines: plans and add-ons by plan key, packs by size ("pack-100", "pack-100-2" for a second order of it). */
export function lineKeys(lines: readonly PricedLine[]): string[] {
  const seen = new Map<string, number>();
  return lines.map((l) => {
    const base = l.kind === "CREDIT_PACK" ? `pack-${l.credits}` : l.planKey!;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return n === 1 ? base : `${base}-${n}`;
  });
}

/** Exclusions a set of plans is bound by: catalog-wide ones and those naming one of the plans. */
export function exclusionsFor(catalog: Catalog, planKeys: string[]): ExclusionInForce[] {
  return catalog.exclusions
    .filter((e) => e.plans.length === 0 || e.plans.some((k) => planKeys.includes(k)))
    .map((e) => ({ kind: e.kind, heading: e.heading, text: e.text, planKeys: e.plans }));
}

export function slaFor(catalog: Catalog, planKeys: string[]): PlanSla[] {
  return planKeys.map((key) => {
    const plan = findPlan(catalog, key)!;
    return {
      planKey: plan.key,
      planName: plan.name,
      hours: plan.calendar ? describeCalendar(plan.calendar) : null,
      targets: catalog.priorities
        .filter((p) => plan.sla[p.key])
        .map((p) => ({ priorityKey: p.key, priorityLabel: p.label, target: describeTarget(plan.sla[p.key]) })),
    };
  });
}

function computeOption(catalog: Catalog, figures: QuoteFigures, option: QuoteOption, index: number, digits: number): ComputedOption {
  const field = `options[${index}]`;
  const priced = priceQuote(catalog, {
    planKey: option.planKey,
    addOnKeys: option.addOnKeys,
    creditPacks: option.creditPacks,
    customPrices: option.customPrices,
    ...figures,
  });
  const keys = lineKeys(priced.lines);
  const lines: ComputedLine[] = priced.lines.map((l, i) => ({ key: keys[i], kind: l.kind, planKey: l.planKey, label: l.label, detail: l.detail, amount: l.amount }));
  const money = (v: Dec) => `${groupThousands(formatMoney(v, digits))} ${catalog.currency}`;

  const totalDiscounts = option.discounts.filter((d) => d.lineKey === null);
  if (totalDiscounts.length > 1) throw badInput("Give at most one discount on the total", `${field}.discounts`);
  const taken = new Map<string, Dec>();
  let n = 0;
  option.discounts.forEach((d, i) => {
    if (d.lineKey === null) return;
    const dfield = `${field}.discounts[${i}]`;
    const value = checkDiscount(d, dfield);
    const at = keys.indexOf(d.lineKey);
    if (at < 0) throw badInput(`There is no line "${d.lineKey}" to discount (lines: ${keys.join(", ")})`, `${dfield}.lineKey`);
    const line = priced.lines[at];
    if (line.amount === null) throw badInput(`${line.label} is priced on request; agree its price before discounting it`, `${dfield}.lineKey`);
    const amount = discountAmount(d, value, new Dec(line.amount), digits);
    const already = taken.get(d.lineKey) ?? new Dec(0);
    if (already.plus(amount).gt(line.amount)) throw badInput(`The discounts on ${line.label} exceed its price ${money(new Dec(line.amount))}`, `${dfield}.value`);
    taken.set(d.lineKey, already.plus(amount));
    lines.push({ key: `discount-${++n}`, kind: "DISCOUNT", planKey: line.planKey, label: discountLabel(d, line.label), detail: describeDiscount(d, value), amount: formatMoney(amount.neg(), digits) });
  });

  const allPriced = priced.lines.every((l) => l.amount !== null);
  // The share of a discount is taken on what is priced, so a line on request elsewhere never hides it.
  const pricedSum = sumMoney(priced.lines.filter((l) => l.amount !== null).map((l) => new Dec(l.amount!)));
  const undiscounted = allPriced ? pricedSum : null;
  if (totalDiscounts.length === 1) {
    const d = totalDiscounts[0];
    const i = option.discounts.indexOf(d);
    const value = checkDiscount(d, `${field}.discounts[${i}]`);
    if (undiscounted === null) throw badInput("A line is priced on request; agree its price before discounting the total", `${field}.discounts[${i}]`);
    const base = sumMoney(lines.map((l) => new Dec(l.amount!)));
    const amount = discountAmount(d, value, base, digits);
    if (amount.gt(base)) throw badInput(`The discount exceeds the total ${money(base)}`, `${field}.discounts[${i}].value`);
    lines.push({ key: `discount-${++n}`, kind: "DISCOUNT", planKey: null, label: discountLabel(d, "the total"), detail: describeDiscount(d, value), amount: formatMoney(amount.neg(), digits) });
  }

  const discounts = sumMoney(lines.filter((l) => l.kind === "DISCOUNT").map((l) => new Dec(l.amount!).neg()));
  const total = allPriced ? sumMoney(lines.map((l) => new Dec(l.amount!))) : null;
  const off = pricedSum.gt(0) ? discounts.div(pricedSum).times(100) : new Dec(0);
  const planKeys = [option.planKey, ...option.addOnKeys];
  return {
    label: option.label,
    planKey: option.planKey,
    planName: findPlan(catalog, option.planKey)!.name,
    lines,
    undiscounted: undiscounted === null ? null : formatMoney(undiscounted, digits),
    total: total === null ? null : formatMoney(total, digits),
    discountPercent: formatPlain(off.toDecimalPlaces(2, Dec.ROUND_HALF_UP)),
    eligible: priced.eligible,
    reasons: priced.reasons,
    sla: slaFor(catalog, planKeys),
    exclusions: exclusionsFor(catalog, planKeys),
  };
}

/**
 * Discounts given by line position (the old input) named by the key of that line instead,
 * so what is stored and approved never depends on the order of lines.
 */
export function keyDiscounts(
  catalog: Catalog,
  figures: QuoteFigures,
  option: Omit<QuoteOption, "discounts">,
  discounts: (Omit<Discount, "lineKey"> & { lineKey?: string | null; lineIndex?: number | null })[],
  field: string,
): Discount[] {
  if (!discounts.some((d) => d.lineIndex != null && d.lineKey == null)) {
    return discounts.map(({ lineIndex: _, ...d }) => ({ ...d, lineKey: d.lineKey ?? null }));
  }
  const keys = lineKeys(priceQuote(catalog, { ...option, ...figures }).lines);
  return discounts.map(({ lineIndex, ...d }, i) => {
    if (d.lineKey != null || lineIndex == null) return { ...d, lineKey: d.lineKey ?? null };
    const key = keys[lineIndex];
    if (key === undefined) throw badInput(`There is no line ${lineIndex + 1} to discount`, `${field}.discounts[${i}].lineIndex`);
    return { ...d, lineKey: key };
  });
}

/**
 * Prices a quote's options against one catalog version: the engine's lines for each, its
 * discounts as negative lines (each rounded once), totals as sums of lines, the
 * guarantee window, the SLA targets and the exclusions in force.
 */
export function computeQuote(catalog: Catalog, content: QuoteContent): ComputedQuote {
  const n = content.options.length;
  if (n === 0) throw badInput("Choose a plan, or two to four alternatives", "options");
  if (n > MAX_OPTIONS) throw badInput(`Offer at most ${MAX_OPTIONS} alternatives`, "options");
  if (n > 1 && content.options.some((o) => !o.label?.trim())) {
    throw badInput("Name each alternative (Good, Better, Best...)", `options[${content.options.findIndex((o) => !o.label?.trim())}].label`);
  }
  const digits = minorDigits(catalog.currency);
  const options = content.options.map((o, i) => computeOption(catalog, content.figures, o, i, digits));
  const first = priceQuote(catalog, { planKey: content.options[0].planKey, ...content.figures });
  return {
    currency: catalog.currency,
    termYears: first.termYears,
    options,
    guarantee: first.guarantee ? { days: first.guarantee.days, startsOn: first.guarantee.startsOn, endsOn: first.guarantee.endsOn } : null,
  };
}

/**
 * The first instant a quote valid until a date is no longer valid: the start of the next day in
 * the quote's zone. Stored with the quote, so lists filter on it in SQL exactly as a row reads.
 */
export function validityEnd(validUntil: string | null, zoneName: string): Date | null {
  if (validUntil === null) return null;
  const zone = parseZone(zoneName);
  if (isZoneError(zone)) return null;
  return DateTime.fromISO(validUntil, { zone: zone.zone }).plus({ days: 1 }).startOf("day").toJSDate();
}

/** A quote valid until a date is valid through the end of that day in the quote's zone. */
export function isExpired(validUntil: string | null, zoneName: string, now: Date): boolean {
  const end = validityEnd(validUntil, zoneName);
  return end !== null && now.getTime() >= end.getTime();
}

/** The calendar date of an instant in a zone ("2026-12-31"). */
export function localDate(now: Date, zoneName: string): string {
  const zone = parseZone(zoneName);
  if (isZoneError(zone)) throw badInput(`timeZone: ${zone.error}`, "timeZone");
  return DateTime.fromJSDate(now, { zone: zone.zone }).toISODate()!;
}

export function addDaysTo(date: string, days: number): string {
  return parseDate(date, "date").plus({ days }).toISODate()!;
}

/** "Q-2026-0001"; revisions after the first add "-2", "-3"... */
export function quoteNumber(year: number, sequence: number, revision = 1): string {
  const base = `Q-${year}-${String(sequence).padStart(4, "0")}`;
  return revision === 1 ? base : `${base}-${revision}`;
}
