import { findPlan, type Catalog } from "./catalog.js";
import { badInput, notFound } from "./errors.js";
import { isTier } from "./plan-rules.js";
import { priceQuote, type PricedQuote } from "./pricing.js";

export const QUOTE_REQUEST_STATUSES = ["OPEN", "TAKEN", "CLOSED", "CONVERTED"] as const;
export type QuoteRequestStatus = (typeof QUOTE_REQUEST_STATUSES)[number];

export const MAX_NAME = 200;
export const MAX_MESSAGE = 4000;
export const MAX_IDEMPOTENCY_KEY = 200;
/** Requests one client address may make in an hour: enough for several colleagues behind one
 * office (NAT) address, few enough to stop a flood. */
export const DEFAULT_REQUESTS_PER_HOUR = 30;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const MAX_EMAIL = 254;

/** The figures a request carries, as a quote's figures (server/domain/quote.ts QuoteFigures). */
export interface RequestFigures {
  licensePrice: string | null;
  projectBudget: string | null;
  termYears: number;
  goLiveDate: string | null;
  agents: number | null;
  bots: number | null;
  licenseEdition: string | null;
}

export interface QuoteRequestInput {
  planKey: string;
  addOnKeys?: string[] | null;
  licensePrice?: string | null;
  projectBudget?: string | null;
  termYears?: number | null;
  goLiveDate?: string | null;
  agents?: number | null;
  bots?: number | null;
  licenseEdition?: string | null;
  company: string;
  contactName: string;
  email: string;
  message?: string | null;
}

/** A request as it is kept: trimmed contact details, figures, and what it was priced at. */
export interface CheckedQuoteRequest {
  planKey: string;
  addOnKeys: string[];
  figures: RequestFigures;
  total: string | null;
  currency: string;
  company: string;
  contactName: string;
  email: string;
  message: string | null;
  /** Why the prospect cannot make this quote themselves (instantQuoteRefusal); null: they can. */
  instantRefusal: string | null;
}

/**
 * Why a tier priced for these figures cannot become an instant quote, in words; null when it
 * can: it needs a published price for every line, and figures the plan accepts.
 */
export function instantQuoteRefusal(priced: Pick<PricedQuote, "total" | "eligible" | "reasons">): string | null {
  if (priced.total === null) return "This plan has no published price for these figures: request a quote instead";
  if (!priced.eligible) return `${priced.reasons.join("; ")}: request a quote instead`;
  return null;
}

/** Whether the prospect may turn this price of a plan into an instant quote (createInstantQuote): a tier, priced in full, for figures it accepts. */
export function offersInstantQuote(catalog: Catalog, planKey: string, priced: PricedQuote): boolean {
  const plan = findPlan(catalog, planKey);
  return !!plan && isTier(plan) && instantQuoteRefusal(priced) === null;
}

function name(value: string, field: string, label: string): string {
  const text = typeof value === "string" ? value.trim() : "";
  if (!text) throw badInput(`Give ${label.toLowerCase()}`, field);
  if (text.length > MAX_NAME) throw badInput(`${label} is at most ${MAX_NAME} characters (${text.length} given)`, field);
  return text;
}

function email(value: string): string {
  const text = typeof value === "string" ? value.trim().toLowerCase() : "";
  if (!EMAIL.test(text) || text.length > MAX_EMAIL) throw badInput(`"${value}" is not an email address`, "email");
  return text;
}

function figuresOf(input: QuoteRequestInput): RequestFigures {
  return {
    licensePrice: input.licensePrice ?? null,
    projectBudget: input.projectBudget ?? null,
    termYears: input.termYears ?? 1,
    goLiveDate: input.goLiveDate ?? null,
    agents: input.agents ?? null,
    bots: input.bots ?? null,
    licenseEdition: input.licenseEdition ?? null,
  };
}

/**
 * Checks a prospect's request as a quote would be checked: a plan that can be taken on its
 * own, add-ons it can take, figures in bounds and enough to price it (priceQuote decides),
 * and who to answer.
 */
export function checkQuoteRequest(catalog: Catalog, input: QuoteRequestInput): CheckedQuoteRequest {
  const plan = findPlan(catalog, input.planKey);
  if (!plan) throw notFound(`${catalog.name} has no plan "${input.planKey}"`, "planKey");
  if (!isTier(plan)) {
    const bases = plan.addOnTo.map((k) => findPlan(catalog, k)?.name ?? k).join(" or ");
    throw badInput(`${plan.name} is an add-on: request ${bases || "a plan"} with ${plan.name} as an add-on`, "planKey");
  }
  const company = name(input.company, "company", "The company's name");
  const contactName = name(input.contactName, "contactName", "The contact's name");
  const address = email(input.email);
  const message = input.message?.trim() || null;
  if (message !== null && message.length > MAX_MESSAGE) {
    throw badInput(`The message is at most ${MAX_MESSAGE} characters (${message.length} given)`, "message");
  }
  const figures = figuresOf(input);
  const addOnKeys = input.addOnKeys ?? [];
  const priced = priceQuote(catalog, { planKey: plan.key, addOnKeys, ...figures });
  return {
    planKey: plan.key,
    addOnKeys,
    figures,
    total: priced.total,
    currency: priced.currency,
    company,
    contactName,
    email: address,
    message,
    instantRefusal: instantQuoteRefusal(priced),
  };
}

/** "R-2026-0001": R for request, so it is never mistaken for a quote number (Q-...). */
export function requestReference(year: number, sequence: number): string {
  return `R-${year}-${String(sequence).padStart(4, "0")}`;
}

/**
 * Whether a retried request (same idempotency key) asks for what the first one did: same
 * plan, add-ons, figures and contact, compared as the check normalises them. A different
 * request under an old key is refused rather than answered with another's reference.
 */
export function sameRequest(first: Omit<CheckedQuoteRequest, "total" | "currency" | "instantRefusal">, input: QuoteRequestInput): boolean {
  const text = (v: unknown) => (typeof v === "string" ? v.trim() : "");
  const figures = figuresOf(input);
  return (
    first.planKey === input.planKey &&
    first.company === text(input.company) &&
    first.contactName === text(input.contactName) &&
    first.email === text(input.email).toLowerCase() &&
    first.message === (text(input.message) || null) &&
    JSON.stringify(first.addOnKeys) === JSON.stringify(input.addOnKeys ?? []) &&
    (Object.keys(figures) as (keyof RequestFigures)[]).every((k) => ((first.figures as RequestFigures)[k] ?? null) === figures[k])
  );
}
