import { Field, ID, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import { QUOTE_REQUEST_STATUSES } from "../../domain/quote-request.js";
import { DateScalar, DateTimeScalar, DecimalScalar } from "../scalars.js";
import { Quote, QuoteFigures } from "./quote.type.js";

export const QuoteRequestStatus = Object.fromEntries(QUOTE_REQUEST_STATUSES.map((s) => [s, s])) as {
  [K in (typeof QUOTE_REQUEST_STATUSES)[number]]: K;
};
registerEnumType(QuoteRequestStatus, {
  name: "QuoteRequestStatus",
  description: "OPEN: nobody has it yet; TAKEN: a rep answers it; CLOSED: without a quote; CONVERTED: it became a draft quote.",
});

@InputType({ description: "A prospect's request for a quote, with the figures on the page they asked from." })
export class QuoteRequestInput {
  @Field(() => String)
  catalogSlug: string;

  @Field(() => String, { description: "A plan that can be taken on its own (Plan.isTier)." })
  planKey: string;

  @Field(() => [String], { nullable: true })
  addOnKeys?: string[] | null;

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

  @Field(() => String, { nullable: true, description: "The customer's license edition key, for plans sold with given editions." })
  licenseEdition?: string | null;

  @Field(() => String, { description: "1-200 characters." })
  company: string;

  @Field(() => String, { description: "1-200 characters." })
  contactName: string;

  @Field(() => String)
  email: string;

  @Field(() => String, { nullable: true, description: "At most 4000 characters." })
  message?: string | null;

  @Field(() => String, { nullable: true, description: "Repeating a request with the same key returns the first receipt." })
  idempotencyKey?: string | null;
}

@ObjectType()
export class QuoteRequestReceipt {
  @Field(() => String, { description: 'The request\'s reference, "R-2026-0001".' })
  reference: string;
}

@ObjectType({ description: "The sales rep who took a request." })
export class QuoteRequestOwner {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  name: string;

  @Field(() => String)
  email: string;
}

@ObjectType({ description: "A prospect's request for a quote, in the sales queue." })
export class QuoteRequest {
  @Field(() => ID)
  id: string;

  @Field(() => String, { description: '"R-2026-0001".' })
  reference: string;

  @Field(() => QuoteRequestStatus)
  status: string;

  @Field(() => String)
  catalogSlug: string;

  @Field(() => String)
  catalogName: string;

  @Field(() => Int, { description: "The catalog version the prospect saw." })
  catalogVersion: number;

  @Field(() => String)
  planKey: string;

  @Field(() => [String])
  addOnKeys: string[];

  @Field(() => String, { description: "The plan's name in the version the prospect saw." })
  planName: string;

  @Field(() => [String], { description: "The add-ons' names, as addOnKeys." })
  addOnNames: string[];

  @Field(() => QuoteFigures)
  figures: QuoteFigures;

  @Field(() => DecimalScalar, { nullable: true, description: "The price when asked; null when priced on request." })
  total: string | null;

  @Field(() => String)
  currency: string;

  @Field(() => String)
  company: string;

  @Field(() => String)
  contactName: string;

  @Field(() => String)
  email: string;

  @Field(() => String, { nullable: true })
  message: string | null;

  @Field(() => DateTimeScalar)
  createdAt: Date;

  @Field(() => QuoteRequestOwner, { nullable: true, description: "Whose it is: the rep who took, closed or converted it." })
  owner: QuoteRequestOwner | null;

  @Field(() => DateTimeScalar, { nullable: true })
  takenAt: Date | null;

  @Field(() => String, { nullable: true })
  closeReason: string | null;

  @Field(() => DateTimeScalar, { nullable: true })
  closedAt: Date | null;

  @Field(() => ID, { nullable: true, description: "The draft quote it became." })
  quoteId: string | null;

  @Field(() => String, { nullable: true })
  quoteNumber: string | null;
}

@ObjectType()
export class QuoteRequestPage {
  @Field(() => [QuoteRequest])
  requests: QuoteRequest[];

  @Field(() => String, { nullable: true, description: "Pass as `after` for the next (older) page; null at the end." })
  nextCursor: string | null;
}

@ObjectType()
export class ConvertedQuoteRequest {
  @Field(() => QuoteRequest)
  request: QuoteRequest;

  @Field(() => Quote)
  quote: Quote;
}

@InputType({ description: "A prospect's own quote for a tier with a published price." })
export class InstantQuoteInput extends QuoteRequestInput {
  @Field(() => String, { nullable: true, description: "The prospect's zone (IANA or offset); default: the organisation's." })
  timeZone?: string | null;
}

@ObjectType({ description: "An instant quote, sent: its number and share link (the token is shown this once)." })
export class InstantQuote {
  @Field(() => String)
  number: string;

  @Field(() => String)
  token: string;

  @Field(() => String)
  url: string;
}
