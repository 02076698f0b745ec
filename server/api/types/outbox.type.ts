import { Field, ID, Int, ObjectType } from "type-graphql";
import { DateTimeScalar } from "../scalars.js";

@ObjectType({ description: "An email Tierwise wrote; sent when SMTP is configured, otherwise kept here to read." })
export class OutboxMessage {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  kind: string;

  @Field(() => String)
  to: string;

  @Field(() => String)
  subject: string;

  @Field(() => String)
  text: string;

  @Field(() => String)
  html: string;

  @Field(() => DateTimeScalar)
  createdAt: Date;

  @Field(() => DateTimeScalar, { nullable: true })
  sentAt: Date | null;

  @Field(() => Int)
  attempts: number;
}

@ObjectType()
export class OutboxPage {
  @Field(() => [OutboxMessage])
  messages: OutboxMessage[];

  @Field(() => String, { nullable: true })
  nextCursor: string | null;
}
