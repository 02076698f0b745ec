/** The inputs that write a quote (customer, options, discounts) and filter the quote list. */
import { Field, ID, InputType, Int } from "type-graphql";
import { DateScalar, DecimalScalar } from "../scalars.js";
import { DiscountKind } from "../types/quote-option.type.js";
import { QuoteStatus } from "../types/quote.type.js";
import { CreditPackInput, CustomPriceInput } from "./engine.input.js";
import { CustomerFiguresInput } from "./figures.input.js";

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
export class QuoteInput extends CustomerFiguresInput {
  @Field(() => CustomerInput)
  customer: CustomerInput;


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
