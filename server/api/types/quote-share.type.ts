/** A quote's share links, and a quote sent with its new link. */
import { Field, ID, ObjectType } from "type-graphql";
import { DateTimeScalar } from "../scalars.js";
import { Quote } from "./quote.type.js";

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

@ObjectType()
export class SentQuote {
  @Field(() => Quote)
  quote: Quote;

  @Field(() => NewShareLink)
  link: NewShareLink;
}
