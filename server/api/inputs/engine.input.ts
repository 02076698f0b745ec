import { Field, InputType, Int } from "type-graphql";
import { DateTimeScalar, DecimalScalar } from "../scalars.js";
import { CustomerFiguresInput } from "./figures.input.js";

@InputType()
export class CreditPackInput {
  @Field(() => Int)
  credits: number;

  @Field(() => Int)
  quantity: number;

  @Field(() => DecimalScalar, { nullable: true, description: "A price per pack agreed for a quote, for a pack whose price is not published." })
  agreedPrice?: string | null;
}

@InputType()
export class CustomPriceInput {
  @Field(() => String)
  planKey: string;

  @Field(() => DecimalScalar, { description: "The agreed amount for the whole term." })
  amount: string;
}

@InputType()
export class PriceQuoteInput extends CustomerFiguresInput {
  @Field(() => String)
  planKey: string;

  @Field(() => [String], { nullable: true })
  addOnKeys?: string[] | null;

  @Field(() => [CreditPackInput], { nullable: true })
  creditPacks?: CreditPackInput[] | null;

  @Field(() => [CustomPriceInput], { nullable: true })
  customPrices?: CustomPriceInput[] | null;
}

@InputType()
export class SlaDueInput {
  @Field(() => String)
  catalogSlug: string;

  @Field(() => String)
  planKey: string;

  @Field(() => String)
  priorityKey: string;

  @Field(() => DateTimeScalar)
  submittedAt: Date;

  @Field(() => String, { nullable: true, description: "IANA name or fixed offset; default: the calendar's first zone." })
  timeZone?: string | null;
}

@InputType()
export class CreditRequestInput {
  @Field(() => String)
  categoryKey: string;

  @Field(() => Int)
  count: number;

  @Field(() => String, { nullable: true })
  fromVersion?: string | null;

  @Field(() => String, { nullable: true })
  toVersion?: string | null;

  @Field(() => Int, { nullable: true, description: "Upgrade steps, needed across a minor or major version." })
  steps?: number | null;
}

@InputType()
export class CreditEstimateInput {
  @Field(() => String)
  catalogSlug: string;

  @Field(() => [CreditRequestInput])
  requests: CreditRequestInput[];
}

@InputType({ description: "A prospect's figures, to price every plan of a catalog at once (planPrices)." })
export class PlanPricesInput extends CustomerFiguresInput {}
