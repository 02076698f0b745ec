/** A quote as staff and a customer read it: its status, customer, figures, the figure a list shows, and the document types. */
import { Field, ID, Int, InterfaceType, ObjectType, registerEnumType } from "type-graphql";
import { APPROVAL_STATES, LIST_FIGURE_KINDS, QUOTE_ACTIONS } from "../../domain/quote-approval.js";
import type { QuoteRecord } from "../../services/quote.service.js";
import { DateScalar, DateTimeScalar, DecimalScalar } from "../scalars.js";
import { enumOf } from "./enum-of.js";
import { Guarantee } from "./engine.type.js";
import { QuoteTimeline } from "./quote-acceptance.type.js";
import { QuoteOption } from "./quote-option.type.js";

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
export class QuotePage {
  @Field(() => [Quote])
  quotes: Quote[];

  @Field(() => String, { nullable: true, description: "Pass as `after` for the next (older) page; null at the end." })
  nextCursor: string | null;
}
