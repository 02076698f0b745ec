import { Field, Int, ObjectType, registerEnumType } from "type-graphql";
import type { CatalogFigure as CatalogFigureValue } from "../../domain/plan-rules.js";
import { DateScalar, DateTimeScalar, DecimalScalar } from "../scalars.js";
import { CatalogFigure } from "./catalog.type.js";

export const QuoteLineKind = { PLAN: "PLAN", ADD_ON: "ADD_ON", CREDIT_PACK: "CREDIT_PACK" } as const;
registerEnumType(QuoteLineKind, { name: "QuoteLineKind" });

@ObjectType()
export class QuoteLine {
  @Field(() => String, { nullable: true })
  planKey: string | null;

  @Field(() => String)
  label: string;

  @Field(() => DecimalScalar, { nullable: true, description: "Whole-term amount; null = price on request." })
  amount: string | null;

  @Field(() => QuoteLineKind)
  kind: string;

  @Field(() => String, { description: "How the amount was reached, in words." })
  detail: string;

  @Field(() => Int, { nullable: true })
  credits: number | null;

  @Field(() => Int, { nullable: true })
  quantity: number | null;
}

@ObjectType()
export class Guarantee {
  @Field(() => Int)
  days: number;

  @Field(() => DateScalar, { nullable: true })
  startsOn: string | null;

  @Field(() => DateScalar, { nullable: true, description: "The last covered day: startsOn + days - 1." })
  endsOn: string | null;
}

@ObjectType("Period", { description: "Calendar days, first and last included." })
export class SupportPeriod {
  @Field(() => DateScalar)
  startsOn: string;

  @Field(() => DateScalar)
  endsOn: string;
}

@ObjectType()
export class PricedQuote {
  @Field(() => String)
  currency: string;

  @Field(() => [QuoteLine])
  lines: QuoteLine[];

  @Field(() => DecimalScalar, { nullable: true, description: "null when any line is priced on request." })
  total: string | null;

  @Field(() => Boolean)
  eligible: boolean;

  @Field(() => [String], { description: "Why not eligible, in words; empty when eligible." })
  reasons: string[];

  @Field(() => Guarantee, { nullable: true })
  guarantee: Guarantee | null;

  @Field(() => SupportPeriod, {
    nullable: true,
    description:
      "The paid plan's term: from go-live, or the day after the guarantee's last day; ends the day before the same date termYears later. null without goLiveDate.",
  })
  supportPeriod: SupportPeriod | null;

  @Field(() => Int)
  termYears: number;

  @Field(() => Int, { description: "The catalog version the quote was priced from." })
  catalogVersion: number;

  @Field(() => Boolean, {
    description: "The prospect can make this quote themselves (createInstantQuote): a tier with a published price for every line and figures it accepts.",
  })
  instantQuote: boolean;
}

@ObjectType({ description: "One plan of a catalog priced alone for a prospect's figures (planPrices), or what it waits for." })
export class PricedPlan {
  @Field(() => String)
  planKey: string;

  @Field(() => PricedQuote, { nullable: true, description: "priceQuote's answer for the plan alone; null while a figure its price reads is missing." })
  quote: PricedQuote | null;

  @Field(() => CatalogFigure, { nullable: true, description: "The figure to give before the plan can be priced; null once it is priced." })
  missingFigure: CatalogFigureValue | null;

  @Field(() => String, { nullable: true, description: 'What to do before the plan can be priced, in words ("Enter your license price"); null once it is priced.' })
  unpricedReason: string | null;
}

@ObjectType()
export class SlaDue {
  @Field(() => DateTimeScalar)
  dueAt: Date;

  @Field(() => String, { description: 'The target in words, e.g. "6 business hours".' })
  target: string;

  @Field(() => String, { description: "The zone the business hours were counted in." })
  timeZone: string;

  @Field(() => Boolean, { description: "Whether only support hours were counted." })
  businessHours: boolean;
}

@ObjectType()
export class CreditPack {
  @Field(() => Int)
  credits: number;

  @Field(() => Int)
  quantity: number;

  @Field(() => DecimalScalar, { nullable: true, description: "Price of one pack; null when not published." })
  price: string | null;
}

@ObjectType()
export class CreditEstimateLine {
  @Field(() => String)
  categoryKey: string;

  @Field(() => String)
  label: string;

  @Field(() => Int)
  count: number;

  @Field(() => Int)
  creditsEach: number;

  @Field(() => Int)
  credits: number;

  @Field(() => Boolean, { description: 'A "from N" category: N is the minimum.' })
  minimum: boolean;

  @Field(() => Boolean)
  needsConfirmation: boolean;

  @Field(() => Int, { nullable: true })
  steps: number | null;
}

@ObjectType()
export class CreditEstimate {
  @Field(() => Int, { description: "Credits the requests use." })
  credits: number;

  @Field(() => [CreditPack], { description: "Packs to buy." })
  packs: CreditPack[];

  @Field(() => DecimalScalar, { nullable: true, description: "null when a chosen pack has no published price." })
  price: string | null;

  @Field(() => Boolean, { description: "True when the credits are a minimum (a \"from N\" category): the price is agreed." })
  minimum: boolean;

  @Field(() => Boolean, { description: "Some requests are answered only after the customer confirms the assessment." })
  needsConfirmation: boolean;

  @Field(() => [CreditEstimateLine])
  lines: CreditEstimateLine[];
}

@ObjectType({ description: "How one plan that can be taken on its own fits a customer's figures and needs." })
export class PlanFit {
  @Field(() => String)
  planKey: string;

  @Field(() => [String], { description: "Add-ons this plan needs to meet the needs; empty when it meets them alone." })
  addOnKeys: string[];

  @Field(() => Boolean)
  fits: boolean;

  @Field(() => [String], { description: "Why it does not fit, in words; empty when it fits." })
  reasons: string[];

  @Field(() => DecimalScalar, {
    nullable: true,
    description: "priceQuote's total with those add-ons; null when a line is priced on request or a figure it needs is missing.",
  })
  total: string | null;
}
