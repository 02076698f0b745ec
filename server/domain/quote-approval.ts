import { createHash } from "node:crypto";
import { canonical } from "./catalog-diff.js";
import { findPlan, type Catalog, type PriceGuidance } from "./catalog.js";
import { Dec, formatMoney, formatPlain, groupThousands, minorDigits } from "./money.js";
import type { ComputedQuote, QuoteContent } from "./quote.js";

/*
 * What a quote needs before it goes to a customer, and what it says about itself: the
 * approval rules, the digest an approval is bound to, the figure a list shows, the
 * actions it allows and why it cannot be sent yet, all in words.
 */

function optionName(computed: ComputedQuote, i: number): string {
  const o = computed.options[i];
  return o.label ?? o.planName;
}

function guidanceProblem(g: PriceGuidance | null | undefined, price: Dec, fmt: (v: Dec) => string, per: string): string | null {
  if (!g) return "a price the catalog does not state";
  if (price.lt(g.floor)) return `below the catalog's floor of ${fmt(new Dec(g.floor))}${per}`;
  if (g.listPrice !== null && price.gt(g.listPrice)) return `above the catalog's list price of ${fmt(new Dec(g.listPrice))}${per}`;
  return null;
}

/**
 * Why an admin must approve a quote before it is sent, in words; empty when sales may send it
 * alone. Discounts count on the priced lines whatever else is on request; an agreed price is a
 * price the catalog does not state, so it needs approval unless the catalog's guidance for that
 * plan or pack covers it.
 */
export function approvalReasons(catalog: Catalog, content: QuoteContent, computed: ComputedQuote, thresholdPercent: string): string[] {
  const digits = minorDigits(catalog.currency);
  const fmt = (v: Dec) => `${groupThousands(formatMoney(v, digits))} ${catalog.currency}`;
  const reasons: string[] = [];
  const years = computed.termYears;
  // With alternatives, each reason names the one it is about.
  const about = (i: number, words: string) =>
    computed.options.length > 1 ? `${optionName(computed, i)}: ${words}` : `${words[0].toUpperCase()}${words.slice(1)}`;
  computed.options.forEach((o, i) => {
    if (new Dec(o.discountPercent).gt(thresholdPercent)) {
      reasons.push(about(i, `the discounts take ${o.discountPercent}% off, more than the ${formatPlain(new Dec(thresholdPercent))}% sales may give alone`));
    }
    const option = content.options[i];
    for (const cp of option.customPrices) {
      const plan = findPlan(catalog, cp.planKey);
      if (!plan) continue;
      const oneTime = plan.pricing.period === "ONE_TIME";
      const price = oneTime ? new Dec(cp.amount) : new Dec(cp.amount).div(years);
      const per = oneTime ? "" : " a year";
      const problem = guidanceProblem(plan.pricing.guidance, price, fmt, per);
      if (problem) reasons.push(about(i, `${plan.name} is agreed at ${fmt(new Dec(cp.amount))}, ${problem}`));
    }
    for (const order of option.creditPacks) {
      if (order.agreedPrice == null) continue;
      const pack = [option.planKey, ...option.addOnKeys]
        .map((k) => findPlan(catalog, k))
        .flatMap((p) => p?.pricing.packs ?? [])
        .find((p) => p.credits === order.credits);
      const problem = guidanceProblem(pack?.guidance, new Dec(order.agreedPrice), fmt, " a pack");
      if (problem) reasons.push(about(i, `the ${order.credits}-credit pack is agreed at ${fmt(new Dec(order.agreedPrice))} a pack, ${problem}`));
    }
  });
  return reasons;
}

/** Everything the customer will see of a quote; an approval holds while its digest stays the same. */
export interface QuoteFace {
  catalogVersionId: string;
  customer: { company: string; name: string; email: string };
  timeZone: string;
  validUntil: string | null;
  content: QuoteContent;
  computed: ComputedQuote;
}

/** A digest of the quote's face, independent of the order of object keys (PostgreSQL's jsonb reorders them). */
export function quoteFingerprint(face: QuoteFace): string {
  return createHash("sha256").update(canonical(face)).digest("hex");
}

export const LIST_FIGURE_KINDS = ["ACCEPTED", "SINGLE", "RANGE", "ON_REQUEST"] as const;
export type ListFigureKind = (typeof LIST_FIGURE_KINDS)[number];

export interface ListFigure {
  kind: ListFigureKind;
  /** ACCEPTED and SINGLE: the option's total (null when on request). */
  amount: string | null;
  /** RANGE: the lowest and highest priced totals of the alternatives. */
  minimum: string | null;
  maximum: string | null;
  /** ACCEPTED: the alternative the customer took. */
  optionLabel: string | null;
  /** The figure in words: "Premium: 9,600.00 USD", "3,600.00 to 9,600.00 USD". */
  text: string;
}

/** The figure a list shows for a quote: the accepted option's total once accepted; otherwise one total, or the range over the alternatives. */
export function listFigure(computed: ComputedQuote, acceptedOption: number | null): ListFigure {
  const fmt = (v: string) => `${groupThousands(v)} ${computed.currency}`;
  const none = { amount: null, minimum: null, maximum: null, optionLabel: null };
  const accepted = acceptedOption === null ? undefined : computed.options[acceptedOption];
  if (accepted) {
    const label = accepted.label ?? accepted.planName;
    return { ...none, kind: "ACCEPTED", amount: accepted.total, optionLabel: label, text: `${label}: ${accepted.total === null ? "price on request" : fmt(accepted.total)}` };
  }
  if (computed.options.length === 1) {
    const total = computed.options[0].total;
    return total === null ? { ...none, kind: "ON_REQUEST", text: "Price on request" } : { ...none, kind: "SINGLE", amount: total, text: fmt(total) };
  }
  const totals = computed.options.map((o) => o.total).filter((t): t is string => t !== null);
  if (totals.length === 0) return { ...none, kind: "ON_REQUEST", text: "Price on request" };
  const sorted = [...totals].sort((a, b) => new Dec(a).cmp(b));
  const [minimum, maximum] = [sorted[0], sorted[sorted.length - 1]];
  const onRequest = totals.length < computed.options.length ? ", some on request" : "";
  const text = minimum === maximum ? `${fmt(minimum)} (each alternative${onRequest})` : `${groupThousands(minimum)} to ${fmt(maximum)}${onRequest ? ` (${onRequest.slice(2)})` : ""}`;
  return { ...none, kind: "RANGE", minimum, maximum, text };
}

/** Lines still priced on request, named for a person ("Enterprise Support (Good)"). */
export function linesOnRequest(computed: ComputedQuote): string[] {
  const many = computed.options.length > 1;
  return computed.options.flatMap((o, i) =>
    o.lines.filter((l) => l.amount === null).map((l) => (many ? `${l.label} (${optionName(computed, i)})` : l.label)),
  );
}

/** Words for anything in the content a rep would want to know about but that is not an error. */
export function quoteWarnings(content: QuoteContent, today: string): string[] {
  const warnings: string[] = [];
  const goLive = content.figures.goLiveDate;
  if (goLive !== null && goLive < today) warnings.push(`The go-live date ${goLive} is in the past: check it with the customer`);
  return warnings;
}

export const APPROVAL_STATES = ["NOT_NEEDED", "NEEDED", "REQUESTED", "APPROVED", "REJECTED"] as const;
export type ApprovalState = (typeof APPROVAL_STATES)[number];

export const QUOTE_ACTIONS = [
  "EDIT",
  "SEND",
  "SEND_PRICE_TO_BE_AGREED",
  "REQUEST_APPROVAL",
  "APPROVE",
  "REJECT",
  "REVISE",
  "SHARE",
  "ASSIGN",
] as const;
export type QuoteAction = (typeof QUOTE_ACTIONS)[number];

/** Where a quote stands, as seen by one signed-in user. */
export interface QuoteStanding {
  number: string;
  /** As of now: a sent quote past its validity reads EXPIRED. */
  status: string;
  viewerIsOwner: boolean;
  viewerIsAdmin: boolean;
  ownerName: string;
  approvalRequired: boolean;
  approval: ApprovalState;
  approvalReasons: string[];
  rejectionReason: string | null;
  onRequest: string[];
  /** The draft's validity date has passed. */
  validityPassed: boolean;
  validUntil: string | null;
}

/** The actions a quote allows this viewer, and why it cannot be sent yet, in words. */
export function quoteActions(q: QuoteStanding): { actions: QuoteAction[]; sendBlockers: string[] } {
  const actions: QuoteAction[] = [];
  const blockers: string[] = [];
  const mayChange = q.viewerIsOwner || q.viewerIsAdmin;
  const draft = q.status === "DRAFT";
  if (!draft) blockers.push(`${q.number} is ${q.status.toLowerCase()}: only a draft is sent`);
  if (!mayChange) blockers.push(`${q.number} belongs to ${q.ownerName}: only they or an admin can change or send it`);
  if (draft && q.approvalRequired) {
    if (q.approval === "NEEDED") blockers.push(`An admin must approve it first: ${q.approvalReasons.join("; ")}`);
    if (q.approval === "REQUESTED") blockers.push("It is waiting for an admin's approval");
    if (q.approval === "REJECTED") blockers.push(`An admin rejected it${q.rejectionReason ? `: ${q.rejectionReason}` : ""}; change it and ask again`);
  }
  if (draft && q.validityPassed) blockers.push(`It was valid until ${q.validUntil}; set a later date`);
  const approvalOk = !q.approvalRequired || q.approval === "APPROVED";
  const sendable = draft && mayChange && approvalOk && !q.validityPassed;
  if (draft && q.onRequest.length > 0) {
    blockers.push(`${q.onRequest.join(", ")} ${q.onRequest.length === 1 ? "is" : "are"} still priced on request: agree the price, or send it marked "price to be agreed"`);
  }
  if (draft && mayChange) actions.push("EDIT");
  if (sendable && q.onRequest.length === 0) actions.push("SEND");
  if (sendable && q.onRequest.length > 0) actions.push("SEND_PRICE_TO_BE_AGREED");
  if (draft && mayChange && (q.approval === "NEEDED" || q.approval === "REJECTED")) actions.push("REQUEST_APPROVAL");
  if (draft && q.viewerIsAdmin && q.approvalRequired && q.approval !== "APPROVED") actions.push("APPROVE");
  if (draft && q.viewerIsAdmin && q.approval === "REQUESTED") actions.push("REJECT");
  if (mayChange && (q.status === "SENT" || q.status === "DECLINED" || q.status === "EXPIRED")) actions.push("REVISE");
  if (mayChange && !draft && q.status !== "SUPERSEDED") actions.push("SHARE");
  if (q.viewerIsAdmin && q.status !== "SUPERSEDED") actions.push("ASSIGN");
  return { actions, sendBlockers: blockers };
}
