import { Field, ID, Int, ObjectType } from "type-graphql";
import { DateTimeScalar } from "../scalars.js";
import { Guarantee } from "./engine.type.js";
import { QuoteOption } from "./quote-option.type.js";
import { ApprovalState, ListFigure } from "./quote.type.js";

@ObjectType({ description: "A signed-in user as a quote names them (owner, approver)." })
export class QuoteUser {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  name: string;

  @Field(() => String)
  email: string;
}

@ObjectType({ description: "Where a quote's approval stands; requests and decisions hold for the quote as it stood then." })
export class QuoteApproval {
  @Field(() => ApprovalState)
  state: string;

  @Field(() => [String], { description: "Why an admin must approve it, in words." })
  reasons: string[];

  @Field(() => QuoteUser, { nullable: true, description: "Who last asked for approval." })
  requestedBy: QuoteUser | null;

  @Field(() => DateTimeScalar, { nullable: true })
  requestedAt: Date | null;

  @Field(() => String, { nullable: true, description: "The note sent with the request." })
  note: string | null;

  @Field(() => QuoteUser, { nullable: true, description: "The admin who approved it as it stands." })
  approvedBy: QuoteUser | null;

  @Field(() => DateTimeScalar, { nullable: true })
  approvedAt: Date | null;

  @Field(() => QuoteUser, { nullable: true, description: "The admin who last turned a request down." })
  rejectedBy: QuoteUser | null;

  @Field(() => DateTimeScalar, { nullable: true })
  rejectedAt: Date | null;

  @Field(() => String, { nullable: true })
  rejectionReason: string | null;
}

@ObjectType({ description: "A quote input priced and judged exactly as saving it would, without saving it." })
export class QuotePreview {
  @Field(() => String)
  currency: string;

  @Field(() => Int, { description: "The catalog version it is priced from." })
  catalogVersion: number;

  @Field(() => String, { description: "The zone the quote would be dated in (the input's, the quote's, or the organisation's)." })
  timeZone: string;

  @Field(() => [QuoteOption])
  options: QuoteOption[];

  @Field(() => Guarantee, { nullable: true })
  guarantee: Guarantee | null;

  @Field(() => ListFigure)
  listFigure: ListFigure;

  @Field(() => Boolean)
  approvalRequired: boolean;

  @Field(() => [String], { description: "Why an admin would have to approve it, in words." })
  approvalReasons: string[];

  @Field(() => [String], { description: "Lines still priced on request, by name." })
  onRequest: string[];

  @Field(() => [String], { description: "Things worth checking that are not errors (a go-live date in the past...)." })
  warnings: string[];
}
