import { Field, InputType, Int, ObjectType } from "type-graphql";
import { DateScalar, DecimalScalar } from "../scalars.js";

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
