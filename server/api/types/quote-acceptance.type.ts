import { Field, InputType, Int, ObjectType } from "type-graphql";
import { DateTimeScalar } from "../scalars.js";

@InputType({ description: "Someone the customer names to open support cases." })
export class AuthorizedContactInput {
  @Field(() => String)
  name: string;

  @Field(() => String)
  email: string;
}

@ObjectType()
export class AuthorizedContact {
  @Field(() => String)
  name: string;

  @Field(() => String)
  email: string;
}

@ObjectType({ description: "What the customer agreed to when accepting: kept as they saw it." })
export class QuoteAcceptance {
  @Field(() => Int, { description: "Index of the accepted option." })
  option: number;

  @Field(() => String, { nullable: true })
  optionLabel: string | null;

  @Field(() => String)
  planName: string;

  @Field(() => String, { description: "The name the customer typed." })
  name: string;

  @Field(() => DateTimeScalar)
  acceptedAt: Date;

  @Field(() => [AuthorizedContact])
  contacts: AuthorizedContact[];

  @Field(() => [String], { description: "The exclusions and warranty clauses shown for the option, acknowledged as read." })
  clauses: string[];

  @Field(() => String, { description: "SHA-256 (hex) of the canonical JSON of the quote as accepted." })
  contentDigest: string;
}
