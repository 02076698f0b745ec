import { Field, InputType, Int } from "type-graphql";
import { DateScalar, DecimalScalar } from "../scalars.js";

/** The customer's figures a catalog's prices, limits and guarantee read: one definition for every input that carries them. */
@InputType()
export abstract class CustomerFiguresInput {
  @Field(() => String)
  catalogSlug: string;

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
}
