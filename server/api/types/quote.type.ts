import { Field, ID, InputType, Int, InterfaceType, ObjectType, registerEnumType } from "type-graphql";
import { DISCOUNT_KINDS } from "../../domain/quote.js";
import { APPROVAL_STATES, LIST_FIGURE_KINDS, QUOTE_ACTIONS } from "../../domain/quote-approval.js";
import type { QuoteRecord } from "../../services/quote.service.js";
import { CreditPackInput, CustomPriceInput } from "../inputs/engine.input.js";
import { DateScalar, DateTimeScalar, DecimalScalar } from "../scalars.js";
import { ExclusionKind } from "./catalog.type.js";
import { Guarantee, QuoteLineKind } from "./engine.type.js";
import { QuoteTimeline } from "./quote-acceptance.type.js";

export const QuoteStatus = {
  DRAFT: "DRAFT",
  SENT: "SENT",
  ACCEPTED: "ACCEPTED",
  DECLINED: "DECLINED",
  EXPIRED: "EXPIRED",
  SUPERSEDED: "SUPERSEDED",
} as const;
registerEnumType(QuoteStatus, {
  name: "QuoteStatus",
  description: "DRAFT -> SENT -> ACCEPTED / DECLINED / EXPIRED; a revised quote is SUPERSEDED by its new draft.",
});

export const DiscountKind = Object.fromEntries(DISCOUNT_KINDS.map((k) => [k, k])) as { PERCENT: "PERCENT"; AMOUNT: "AMOUNT" };
registerEnumType(DiscountKind, { name: "DiscountKind" });

const enumOf = <T extends string>(values: readonly T[]) => Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };

export const ApprovalState = enumOf(APPROVAL_STATES);
registerEnumType(ApprovalState, {
  name: "ApprovalState",
  description: "NOT_NEEDED: sales may send it; NEEDED: an admin must approve it; REQUESTED: waiting for an admin; APPROVED and REJECTED: an admin's decision on the quote as it stands.",
});

export const QuoteAction = enumOf(QUOTE_ACTIONS);
registerEnumType(QuoteAction, {
  name: "QuoteAction",
  description: 'What the signed-in user may do with a quote now. SEND_PRICE_TO_BE_AGREED: send it with lines on request, marked "price to be agreed".',
});

export const ListFigureKind = enumOf(LIST_FIGURE_KINDS);
registerEnumType(ListFigureKind, {
  name: "ListFigureKind",
  description: "ACCEPTED: the accepted option's total; SINGLE: the one option's total; RANGE: lowest to highest over the alternatives; ON_REQUEST: no priced total.",
});

export const DocumentLineKind = { ...QuoteLineKind, DISCOUNT: "DISCOUNT" } as const;
registerEnumType(DocumentLineKind, { name: "DocumentLineKind" });

// --- Inputs ---------------------------------------------------------------------------------

@InputType()
export class CustomerInput {
  @Field(() => String)
  company: string;

  @Field(() => String, { description: "The contact's name." })
  name: string;

  @Field(() => String)
  email: string;
}

@InputType()
export class DiscountInput {
  @Field(() => String, { nullable: true, description: "Key of the line it reduces (QuoteOption.discountTargets); omitted = the option's total." })
  lineKey?: string | null;

  @Field(() => Int, { nullable: true, deprecationReason: "Name the line by lineKey; an index changes when lines move." })
  lineIndex?: number | null;

  @Field(() => DiscountKind)
  kind: string;

  @Field(() => DecimalScalar, { description: 'Percent ("10") or amount ("250.00").' })
  value: string;

  @Field(() => String, { nullable: true, description: 'What the customer reads beside the discount ("Launch offer"); optional.' })
  label?: string | null;

  @Field(() => String, { description: "Why it is given: seen by staff only, never by the customer." })
  reason: string;
}

@InputType()
export class QuoteOptionInput {
  @Field(() => String, { nullable: true, description: '"Good", "Better", "Best": needed when there are alternatives.' })
  label?: string | null;

  @Field(() => String)
  planKey: string;

  @Field(() => [String], { nullable: true })
  addOnKeys?: string[] | null;

  @Field(() => [CreditPackInput], { nullable: true })
  creditPacks?: CreditPackInput[] | null;

  @Field(() => [CustomPriceInput], { nullable: true })
  customPrices?: CustomPriceInput[] | null;

  @Field(() => [DiscountInput], { nullable: true })
  discounts?: DiscountInput[] | null;
}

@InputType()
export class QuoteInput {
  @Field(() => String)
  catalogSlug: string;

  @Field(() => CustomerInput)
  customer: CustomerInput;

  @Field(() => DecimalScalar, { nullable: true })
  licensePrice?: string | null;

  @Field(() => DecimalScalar, { nullable: true })
  projectBudget?: string | null;

  @Field(() => Int, { nullable: true, description: "1-10, default 1." })
  termYears?: number | null;

  @Field(() => DateScalar, { nullable: true })
  goLiveDate?: string | null;

  @Field(() => Int, { nullable: true })
  agents?: number | null;

  @Field(() => Int, { nullable: true })
  bots?: number | null;

  @Field(() => String, { nullable: true })
  licenseEdition?: string | null;

  @Field(() => String, { nullable: true, description: "Zone of the validity date; default: the organisation's." })
  timeZone?: string | null;

  @Field(() => DateScalar, { nullable: true, description: "Valid through the end of this day in the quote's zone; default: the catalog's defaultValidityDays on (30 unless set)." })
  validUntil?: string | null;

  @Field(() => [QuoteOptionInput], { description: "One chosen plan, or two to four alternatives (good / better / best)." })
  options: QuoteOptionInput[];
}

@InputType({ description: "Narrows the quote list; every condition given must hold." })
export class QuoteFilterInput {
  @Field(() => QuoteStatus, { nullable: true })
  status?: "DRAFT" | "SENT" | "ACCEPTED" | "DECLINED" | "EXPIRED" | "SUPERSEDED" | null;

  @Field(() => Boolean, { nullable: true, description: "Drafts waiting for an admin's approval: the approval queue." })
  awaitingApproval?: boolean | null;

  @Field(() => Int, { nullable: true, description: "Sent quotes whose last valid day is at most this many days away (7: expiring within a week)." })
  expiringWithinDays?: number | null;

  @Field(() => ID, { nullable: true, description: "Quotes this user owns." })
  ownerId?: string | null;

  @Field(() => Boolean, { nullable: true, description: "Only the signed-in user's own quotes." })
  mine?: boolean | null;
}

// --- Outputs --------------------------------------------------------------------------------

@ObjectType()
export class Customer {
  @Field(() => String)
  company: string;

  @Field(() => String)
  name: string;

  @Field(() => String)
  email: string;
}

@ObjectType()
export class QuoteFigures {
  @Field(() => DecimalScalar, { nullable: true })
  licensePrice: string | null;

  @Field(() => DecimalScalar, { nullable: true })
  projectBudget: string | null;

  @Field(() => Int)
  termYears: number;

  @Field(() => DateScalar, { nullable: true })
  goLiveDate: string | null;

  @Field(() => Int, { nullable: true })
  agents: number | null;

  @Field(() => Int, { nullable: true })
  bots: number | null;

  @Field(() => String, { nullable: true })
  licenseEdition: string | null;
}

@ObjectType()
export class DocumentLine {
  @Field(() => String, { description: 'Names the line within its option: the plan key for plans and add-ons, "pack-100" for packs, "discount-1"...' })
  key: string;

  @Field(() => DocumentLineKind)
  kind: string;

  @Field(() => String, { nullable: true })
  planKey: string | null;

  @Field(() => String)
  label: string;

  @Field(() => String)
  detail: string;

  @Field(() => DecimalScalar, { nullable: true, description: "Negative for discounts; null = price on request." })
  amount: string | null;
}

@ObjectType()
export class SlaRow {
  @Field(() => String)
  priorityKey: string;

  @Field(() => String)
  priorityLabel: string;

  @Field(() => String)
  target: string;
}

@ObjectType()
export class PlanSla {
  @Field(() => String)
  planKey: string;

  @Field(() => String)
  planName: string;

  @Field(() => String, { nullable: true })
  hours: string | null;

  @Field(() => [SlaRow])
  targets: SlaRow[];
}

@ObjectType()
export class ExclusionInForce {
  @Field(() => ExclusionKind)
  kind: string;

  @Field(() => String, { nullable: true })
  heading: string | null;

  @Field(() => String)
  text: string;

  @Field(() => [String])
  planKeys: string[];
}

@ObjectType()
export class AppliedDiscount {
  @Field(() => String, { nullable: true, description: "Key of the line it reduces; null = the option's total." })
  lineKey: string | null;

  @Field(() => Int, { nullable: true, deprecationReason: "Use lineKey." })
  lineIndex: number | null;

  @Field(() => DiscountKind)
  kind: string;

  @Field(() => DecimalScalar)
  value: string;

  @Field(() => String, { nullable: true, description: "What the customer reads beside it." })
  label: string | null;

  @Field(() => String, { nullable: true, description: "Why it was given: staff only; null through a share link." })
  reason: string | null;
}

@ObjectType({ description: "A line a discount can reduce." })
export class DiscountTarget {
  @Field(() => String)
  lineKey: string;

  @Field(() => String)
  label: string;
}

@ObjectType({ description: "An add-on the option's plan takes." })
export class AddOnChoice {
  @Field(() => String)
  planKey: string;

  @Field(() => String)
  name: string;

  @Field(() => Boolean, { description: "It is on the option." })
  chosen: boolean;
}

@ObjectType()
export class OrderedPack {
  @Field(() => Int)
  credits: number;

  @Field(() => Int)
  quantity: number;

  @Field(() => DecimalScalar, { nullable: true, description: "The price per pack agreed for this quote, as given." })
  agreedPrice: string | null;
}

@ObjectType()
export class AgreedPrice {
  @Field(() => String)
  planKey: string;

  @Field(() => DecimalScalar, { description: "For the whole term." })
  amount: string;
}

@ObjectType({ description: "The chosen plan, or one of the alternatives, priced." })
export class QuoteOption {
  @Field(() => String, { nullable: true })
  label: string | null;

  @Field(() => String)
  planKey: string;

  @Field(() => String)
  planName: string;

  @Field(() => [String])
  addOnKeys: string[];

  @Field(() => [DocumentLine])
  lines: DocumentLine[];

  @Field(() => [OrderedPack], { description: "The credit packs ordered, as given." })
  creditPacks: OrderedPack[];

  @Field(() => [AgreedPrice], { description: "Prices agreed for plans priced on request, as given." })
  customPrices: AgreedPrice[];

  @Field(() => [AppliedDiscount])
  discounts: AppliedDiscount[];

  @Field(() => [DiscountTarget], { description: "The priced lines a discount can reduce, by key." })
  discountTargets: DiscountTarget[];

  @Field(() => [AddOnChoice], { description: "The add-ons this option's plan takes, in catalog order." })
  addOnChoices: AddOnChoice[];

  @Field(() => DecimalScalar, { nullable: true, description: "Before discounts." })
  undiscounted: string | null;

  @Field(() => DecimalScalar, { nullable: true })
  total: string | null;

  @Field(() => DecimalScalar, { description: "Percent of the priced lines taken off by the discounts, whatever else is on request." })
  discountPercent: string;

  @Field(() => Boolean)
  eligible: boolean;

  @Field(() => [String])
  reasons: string[];

  @Field(() => [PlanSla])
  sla: PlanSla[];

  @Field(() => [ExclusionInForce])
  exclusions: ExclusionInForce[];

  @Field(() => [String], { description: "The exclusions and warranty clauses the customer acknowledges when accepting this option, as they read them." })
  clauses: string[];

  @Field(() => Int, { nullable: true, description: "How many authorized contacts the option's plan allows; null when the catalog sets no number." })
  authorizedContacts: number | null;

  @Field(() => QuoteTimeline, {
    nullable: true,
    description: "The timeline if this option is chosen: SLA examples under its plan (the quote's timeline gives the accepted or first option's); in a preview, as saving would make it.",
  })
  timeline?: QuoteTimeline | null;
}

@ObjectType({ description: "The figure a list shows for a quote." })
export class ListFigure {
  @Field(() => ListFigureKind)
  kind: string;

  @Field(() => DecimalScalar, { nullable: true, description: "ACCEPTED and SINGLE: the total (null when on request)." })
  amount: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: "RANGE: the lowest priced total." })
  minimum: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: "RANGE: the highest priced total." })
  maximum: string | null;

  @Field(() => String, { nullable: true, description: "ACCEPTED: the alternative the customer took." })
  optionLabel: string | null;

  @Field(() => String, { description: '"Premium: 9,600.00 USD", "3,600.00 to 9,600.00 USD", "Price on request".' })
  text: string;
}

@ObjectType()
export class ShareLink {
  @Field(() => ID)
  id: string;

  @Field(() => DateTimeScalar)
  createdAt: Date;

  @Field(() => DateTimeScalar, { nullable: true })
  revokedAt: Date | null;
}

@ObjectType({ description: "A new share link. The token is shown this once; only its digest is stored." })
export class NewShareLink {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  token: string;

  @Field(() => String, { description: "Where the customer opens the quote." })
  url: string;

  @Field(() => DateTimeScalar)
  createdAt: Date;
}

@InterfaceType({ description: "What a customer sees of a quote through a share link, and a sales rep sees too." })
export abstract class QuoteDocument {
  @Field(() => String)
  number: string;

  @Field(() => QuoteStatus)
  status: string;

  @Field(() => String)
  catalogName: string;

  @Field(() => String, { description: "Who sells the plan: the catalog's vendor (its name when none is set); the customer's page shows it, not the tool." })
  vendor: string;

  @Field(() => Customer)
  customer: Customer;

  @Field(() => String)
  currency: string;

  @Field(() => QuoteFigures)
  figures: QuoteFigures;

  @Field(() => [QuoteOption])
  options: QuoteOption[];

  @Field(() => Guarantee, { nullable: true })
  guarantee: Guarantee | null;

  @Field(() => String)
  timeZone: string;

  @Field(() => DateScalar, { nullable: true })
  validUntil: string | null;

  @Field(() => DateTimeScalar, { nullable: true })
  sentAt: Date | null;

  @Field(() => DateTimeScalar, { nullable: true })
  decidedAt: Date | null;

  @Field(() => String, { nullable: true, description: 'When it was accepted or declined, in the quote\'s zone and naming it: "23 Nov 2026, 13:00 (Europe/Moscow)".' })
  decidedAtInZone: string | null;

  @Field(() => String, { nullable: true, description: "The name typed to accept (or who declined)." })
  decidedByName: string | null;

  @Field(() => Int, { nullable: true })
  acceptedOption: number | null;

  @Field(() => Boolean, { description: 'Sent with lines still priced on request: the price is to be agreed.' })
  priceToBeAgreed: boolean;

  @Field(() => QuoteTimeline)
  timeline: QuoteTimeline;

  /** The quote it shows, for field resolvers; not a field. */
  record: QuoteRecord;
}

@ObjectType({ implements: QuoteDocument, description: "A quote as the customer sees it through a share link." })
export class SharedQuote extends QuoteDocument {}

@ObjectType({ implements: QuoteDocument })
export class Quote extends QuoteDocument {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  baseNumber: string;

  @Field(() => Int)
  revision: number;

  @Field(() => Int, { description: "Pass back with a change; a stale one gets CONFLICT." })
  lockVersion: number;

  @Field(() => String)
  catalogSlug: string;

  @Field(() => Int, { description: "The catalog version the quote was priced from." })
  catalogVersion: number;

  @Field(() => Boolean, {
    description: "An admin must approve it before it is sent: discounts beyond the catalog's threshold, or agreed prices the catalog's guidance does not cover (see approvalReasons).",
  })
  approvalRequired: boolean;

  @Field(() => [String], { description: "Why an admin must approve it, in words; empty when sales may send it alone." })
  approvalReasons: string[];

  @Field(() => Boolean, { description: "An admin approved the quote as it stands (customer, validity, zone, lines, labels...)." })
  approved: boolean;

  @Field(() => DecimalScalar, { nullable: true, description: "The accepted option's total once accepted; otherwise the first option's. Lists show listFigure." })
  total: string | null;

  @Field(() => ListFigure, { description: "The figure a list shows: the accepted option's total, the one total, or the range over the alternatives." })
  listFigure: ListFigure;

  @Field(() => String, { nullable: true })
  declineReason: string | null;

  @Field(() => String, { nullable: true, description: "Number of the revision that replaced it." })
  supersededBy: string | null;

  @Field(() => DateTimeScalar)
  createdAt: Date;

  @Field(() => DateTimeScalar)
  updatedAt: Date;

  @Field(() => String, { description: "Where its PDF is (signed-in users)." })
  pdfUrl: string;
}

@ObjectType()
export class SentQuote {
  @Field(() => Quote)
  quote: Quote;

  @Field(() => NewShareLink)
  link: NewShareLink;
}

@ObjectType()
export class QuotePage {
  @Field(() => [Quote])
  quotes: Quote[];

  @Field(() => String, { nullable: true, description: "Pass as `after` for the next (older) page; null at the end." })
  nextCursor: string | null;
}
