import { Field, ID, InputType, Int, InterfaceType, ObjectType, registerEnumType } from "type-graphql";
import { DISCOUNT_KINDS } from "../../domain/quote.js";
import { CreditPackInput, CustomPriceInput } from "../inputs/engine.input.js";
import { DateScalar, DateTimeScalar, DecimalScalar } from "../scalars.js";
import { ExclusionKind } from "./catalog.type.js";
import { Guarantee, QuoteLineKind } from "./engine.type.js";

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
  @Field(() => Int, { nullable: true, description: "Index of the priced line (0 = the plan); omitted = the option's total." })
  lineIndex?: number | null;

  @Field(() => DiscountKind)
  kind: string;

  @Field(() => DecimalScalar, { description: 'Percent ("10") or amount ("250.00").' })
  value: string;

  @Field(() => String)
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

  @Field(() => DateScalar, { nullable: true, description: "Valid through the end of this day in the quote's zone; default: 30 days on." })
  validUntil?: string | null;

  @Field(() => [QuoteOptionInput], { description: "One chosen plan, or two to four alternatives (good / better / best)." })
  options: QuoteOptionInput[];
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
  @Field(() => Int, { nullable: true })
  lineIndex: number | null;

  @Field(() => DiscountKind)
  kind: string;

  @Field(() => DecimalScalar)
  value: string;

  @Field(() => String)
  reason: string;
}

@ObjectType()
export class OrderedPack {
  @Field(() => Int)
  credits: number;

  @Field(() => Int)
  quantity: number;
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

  @Field(() => DecimalScalar, { nullable: true, description: "Before discounts." })
  undiscounted: string | null;

  @Field(() => DecimalScalar, { nullable: true })
  total: string | null;

  @Field(() => DecimalScalar, { description: "Percent of the undiscounted total taken off." })
  discountPercent: string;

  @Field(() => Boolean)
  eligible: boolean;

  @Field(() => [String])
  reasons: string[];

  @Field(() => [PlanSla])
  sla: PlanSla[];

  @Field(() => [ExclusionInForce])
  exclusions: ExclusionInForce[];
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

  @Field(() => String, { nullable: true, description: "The name typed to accept (or who declined)." })
  decidedByName: string | null;

  @Field(() => Int, { nullable: true })
  acceptedOption: number | null;
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

  @Field(() => Boolean, { description: "The discounts exceed the catalog's threshold: an admin must approve before sending." })
  approvalRequired: boolean;

  @Field(() => Boolean, { description: "An admin approved the quote as it stands." })
  approved: boolean;

  @Field(() => DecimalScalar, { nullable: true, description: "Total of the first option." })
  total: string | null;

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
