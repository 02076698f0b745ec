import { findPlan, type Catalog, type Plan, type PricingRule } from "./catalog.js";
import { parseDate } from "./dates.js";
import { ineligibilityReasons, type Figures } from "./eligibility.js";
import { badInput, notFound } from "./errors.js";
import { guaranteeFor, type Guarantee } from "./guarantee.js";
import { Dec, formatMoney, formatPlain, groupThousands, minorDigits, roundMoney, sumMoney } from "./money.js";
import { supportPeriod, type SupportPeriod } from "./support-period.js";

export const MAX_COUNT = 100_000;
export const MAX_TERM_YEARS = 10;

const MONEY_INPUT = /^\d{1,15}(\.\d{1,2})?$/;

/** Reads a money input: plain notation, >= 0, at most 15 integer and 2 fraction digits. */
export function parseMoneyInput(text: string, field: string): Dec {
  if (typeof text !== "string" || !MONEY_INPUT.test(text)) {
    throw badInput(
      `${field} must be an amount of money written like 1234.56: not negative, at most 15 digits before the point and 2 after ("${text}" is not)`,
      field,
    );
  }
  return new Dec(text);
}

export function checkCount(value: number, field: string, min = 0, max = MAX_COUNT): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw badInput(`${field} must be a whole number from ${min} to ${max} (${value} is not)`, field);
  }
  return value;
}

export interface CreditPackOrder {
  credits: number;
  quantity: number;
  /** A price per pack agreed for this quote, for a pack whose price is not published. */
  agreedPrice?: string | null;
}

export interface CustomPrice {
  planKey: string;
  amount: string;
}

export interface PriceInput {
  planKey: string;
  addOnKeys?: string[] | null;
  licensePrice?: string | null;
  projectBudget?: string | null;
  termYears?: number | null;
  goLiveDate?: string | null;
  agents?: number | null;
  bots?: number | null;
  licenseEdition?: string | null;
  creditPacks?: CreditPackOrder[] | null;
  customPrices?: CustomPrice[] | null;
}

export type LineKind = "PLAN" | "ADD_ON" | "CREDIT_PACK";

export interface PricedLine {
  kind: LineKind;
  planKey: string | null;
  label: string;
  /** Whole-term amount with the currency's minor digits; null = price on request. */
  amount: string | null;
  /** How the amount was reached, in words ("10% of 50,000.00 USD a year x 2 years"). */
  detail: string;
  credits: number | null;
  quantity: number | null;
}

export interface PricedQuote {
  currency: string;
  termYears: number;
  lines: PricedLine[];
  /** Sum of the lines; null when any line is priced on request. */
  total: string | null;
  eligible: boolean;
  reasons: string[];
  guarantee: Guarantee | null;
  /** The paid term, after the guarantee when one applies; null without a go-live date. */
  supportPeriod: SupportPeriod | null;
}

interface Context {
  catalog: Catalog;
  digits: number;
  termYears: number;
  licensePrice: Dec | null;
  projectBudget: Dec | null;
  custom: Map<string, Dec>;
}

function years(n: number): string {
  return n === 1 ? "1 year" : `${n} years`;
}

function money(ctx: Context, value: Dec): string {
  return `${groupThousands(formatMoney(value, ctx.digits))} ${ctx.catalog.currency}`;
}

/** Applies a rule's optional minimum and maximum to a yearly amount. */
function bound(rule: PricingRule, yearly: Dec): { value: Dec; note: string } {
  if (rule.minimum !== null && yearly.lt(rule.minimum)) return { value: new Dec(rule.minimum), note: " (the minimum)" };
  if (rule.maximum !== null && yearly.gt(rule.maximum)) return { value: new Dec(rule.maximum), note: " (the maximum)" };
  return { value: yearly, note: "" };
}

/** A yearly amount rounded once, then taken for the whole term. */
function yearlyLine(ctx: Context, rule: PricingRule, yearly: Dec, how: string): { amount: Dec; detail: string } {
  const bounded = bound(rule, yearly);
  const perYear = roundMoney(bounded.value, ctx.digits);
  return {
    amount: perYear.times(ctx.termYears),
    detail: `${how}: ${money(ctx, perYear)} a year${bounded.note} x ${years(ctx.termYears)}`,
  };
}

function percentBase(ctx: Context, plan: Plan): { base: Dec; words: string } {
  const rule = plan.pricing;
  if (rule.kind === "PERCENT_OF_LICENSE") {
    if (ctx.licensePrice === null) {
      throw badInput(
        `${plan.name} is priced at ${formatPlain(new Dec(rule.percent!))}% of the license price: give licensePrice`,
        "licensePrice",
      );
    }
    return { base: ctx.licensePrice, words: "license price" };
  }
  if (ctx.projectBudget === null) {
    throw badInput(
      `${plan.name} is priced at ${formatPlain(new Dec(rule.percent!))}% of the project budget: give projectBudget`,
      "projectBudget",
    );
  }
  return { base: ctx.projectBudget, words: "project budget" };
}

function planAmount(ctx: Context, plan: Plan): { amount: Dec | null; detail: string } {
  const rule = plan.pricing;
  const custom = ctx.custom.get(plan.key);
  switch (rule.kind) {
    case "INCLUDED":
      return {
        amount: new Dec(0),
        detail: plan.includedWith ? `Included with ${plan.includedWith}` : "Included",
      };
    case "FIXED": {
      const amount = new Dec(rule.amount!);
      if (rule.period === "ONE_TIME") {
        return { amount: roundMoney(amount, ctx.digits), detail: `${money(ctx, amount)} once` };
      }
      const perYear = rule.period === "MONTH" ? amount.times(12) : amount;
      const how = rule.period === "MONTH" ? `${money(ctx, amount)} a month` : "Fixed price";
      return yearlyLine(ctx, rule, perYear, how);
    }
    case "PERCENT_OF_LICENSE":
    case "PERCENT_OF_PROJECT_BUDGET": {
      const { base, words } = percentBase(ctx, plan);
      const percent = new Dec(rule.percent!);
      return yearlyLine(ctx, rule, base.times(percent).div(100), `${formatPlain(percent)}% of the ${words} ${money(ctx, base)}`);
    }
    case "CREDIT_PACKS":
      return { amount: new Dec(0), detail: "No subscription fee: credits are bought in packs" };
    case "QUOTE_BASED":
      if (custom !== undefined) return { amount: roundMoney(custom, ctx.digits), detail: "Price agreed for this quote" };
      return { amount: null, detail: "Price on request" };
  }
}

function figureOrNull(text: string | null | undefined, field: string): Dec | null {
  return text == null ? null : parseMoneyInput(text, field);
}

function resolveAddOns(catalog: Catalog, plan: Plan, keys: string[]): Plan[] {
  const seen = new Set<string>();
  return keys.map((key, i) => {
    const field = `addOnKeys[${i}]`;
    const addOn = findPlan(catalog, key);
    if (!addOn) throw notFound(`${catalog.name} has no plan "${key}"`, field);
    if (key === plan.key) throw badInput(`${addOn.name} is the chosen plan; it cannot also be an add-on`, field);
    if (seen.has(key)) throw badInput(`${addOn.name} is listed twice as an add-on`, field);
    seen.add(key);
    if (!addOn.availability.includes("ADD_ON") || !addOn.addOnTo.includes(plan.key)) {
      throw badInput(`${addOn.name} cannot be added to ${plan.name}`, field);
    }
    return addOn;
  });
}

function resolveCustomPrices(inQuote: Plan[], entries: CustomPrice[]): Map<string, Dec> {
  const custom = new Map<string, Dec>();
  entries.forEach((entry, i) => {
    const field = `customPrices[${i}]`;
    const plan = inQuote.find((p) => p.key === entry.planKey);
    if (!plan) throw badInput(`A custom price names "${entry.planKey}", which is not a plan or add-on of this quote`, `${field}.planKey`);
    if (plan.pricing.kind !== "QUOTE_BASED") {
      throw badInput(`${plan.name} has a published price; only plans priced on request take a custom price`, `${field}.planKey`);
    }
    if (custom.has(plan.key)) throw badInput(`${plan.name} has two custom prices`, `${field}.planKey`);
    custom.set(plan.key, parseMoneyInput(entry.amount, `${field}.amount`));
  });
  return custom;
}

function packLines(ctx: Context, inQuote: Plan[], orders: CreditPackOrder[]): PricedLine[] {
  const packs = inQuote.flatMap((p) => (p.pricing.kind === "CREDIT_PACKS" ? p.pricing.packs.map((pack) => ({ pack, plan: p })) : []));
  return orders.map((order, i) => {
    const field = `creditPacks[${i}]`;
    checkCount(order.credits, `${field}.credits`);
    checkCount(order.quantity, `${field}.quantity`);
    if (packs.length === 0) throw badInput("Credit packs were given, but no plan of this quote is sold in credit packs", field);
    const found = packs.find((p) => p.pack.credits === order.credits);
    if (!found) {
      const sizes = packs.map((p) => p.pack.credits).join(", ");
      throw badInput(`There is no pack of ${order.credits} credits; packs hold ${sizes} credits`, `${field}.credits`);
    }
    if (order.agreedPrice != null && found.pack.price !== null) {
      throw badInput(`The ${order.credits}-credit pack has a published price; give a discount rather than an agreed price`, `${field}.agreedPrice`);
    }
    const agreed = order.agreedPrice == null ? null : parseMoneyInput(order.agreedPrice, `${field}.agreedPrice`);
    const each = found.pack.price === null ? agreed : new Dec(found.pack.price);
    const price = each === null ? null : roundMoney(each.times(order.quantity), ctx.digits);
    return {
      kind: "CREDIT_PACK" as const,
      planKey: found.plan.key,
      label: `${order.credits} credits x ${order.quantity}`,
      amount: price === null ? null : formatMoney(price, ctx.digits),
      detail:
        each === null
          ? "Pack price on request"
          : `${agreed !== null ? "Price agreed for this quote: " : ""}${money(ctx, each)} a pack x ${order.quantity}`,
      credits: order.credits,
      quantity: order.quantity,
    };
  });
}

/** The figures a customer gives, checked against the catalog; the term in years (1 unless given). */
export function checkCustomerFigures(catalog: Catalog, input: Omit<PriceInput, "planKey">): number {
  const termYears = checkCount(input.termYears ?? 1, "termYears", 1, MAX_TERM_YEARS);
  if (input.agents != null) checkCount(input.agents, "agents");
  if (input.bots != null) checkCount(input.bots, "bots");
  if (input.goLiveDate != null) parseDate(input.goLiveDate, "goLiveDate");
  figureOrNull(input.licensePrice, "licensePrice");
  figureOrNull(input.projectBudget, "projectBudget");
  if (input.licenseEdition != null && !catalog.licenseEditions.some((e) => e.key === input.licenseEdition)) {
    const known = catalog.licenseEditions.map((e) => e.key).join(", ") || "none";
    throw badInput(`${catalog.name} has no license edition "${input.licenseEdition}" (editions: ${known})`, "licenseEdition");
  }
  return termYears;
}

/**
 * Prices a plan with its add-ons and credit packs for one customer. Each line is rounded
 * half-up to the currency's minor unit once; the total is the sum of the rounded lines.
 */
export function priceQuote(catalog: Catalog, input: PriceInput): PricedQuote {
  const plan = findPlan(catalog, input.planKey);
  if (!plan) throw notFound(`${catalog.name} has no plan "${input.planKey}"`, "planKey");
  const termYears = checkCustomerFigures(catalog, input);
  const addOns = resolveAddOns(catalog, plan, input.addOnKeys ?? []);
  const inQuote = [plan, ...addOns];
  const ctx: Context = {
    catalog,
    digits: minorDigits(catalog.currency),
    termYears,
    licensePrice: figureOrNull(input.licensePrice, "licensePrice"),
    projectBudget: figureOrNull(input.projectBudget, "projectBudget"),
    custom: resolveCustomPrices(inQuote, input.customPrices ?? []),
  };

  const lines: PricedLine[] = inQuote.map((p, i) => {
    const { amount, detail } = planAmount(ctx, p);
    return {
      kind: i === 0 ? "PLAN" : "ADD_ON",
      planKey: p.key,
      label: p.name,
      amount: amount === null ? null : formatMoney(amount, ctx.digits),
      detail,
      credits: null,
      quantity: null,
    };
  });
  lines.push(...packLines(ctx, inQuote, input.creditPacks ?? []));

  const figures: Figures = {
    agents: input.agents,
    bots: input.bots,
    projectBudget: ctx.projectBudget,
    licensePrice: ctx.licensePrice,
    licenseEdition: input.licenseEdition,
  };
  const reasons = inQuote.flatMap((p) => ineligibilityReasons(catalog, p, figures));
  const priced = lines.every((l) => l.amount !== null);
  const goLiveDate = input.goLiveDate ?? null;
  const guarantee = ctx.projectBudget === null ? null : guaranteeFor(catalog.guaranteeBands, ctx.projectBudget, goLiveDate);

  return {
    currency: catalog.currency,
    termYears,
    lines,
    total: priced ? formatMoney(sumMoney(lines.map((l) => new Dec(l.amount!))), ctx.digits) : null,
    eligible: reasons.length === 0,
    reasons,
    guarantee,
    supportPeriod: supportPeriod(goLiveDate, termYears, guarantee?.endsOn ?? null),
  };
}
