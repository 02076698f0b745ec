import { Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import type { DeliveryStatus } from "../../services/mail-drainer.js";
import { DateTimeScalar } from "../scalars.js";

export const OutboxStatus = { QUEUED: "QUEUED", SENT: "SENT", FAILED: "FAILED" } as const satisfies Record<DeliveryStatus, DeliveryStatus>;
registerEnumType(OutboxStatus, {
  name: "OutboxStatus",
  description: "QUEUED: waiting for its first or next try (or for SMTP to be configured); SENT; FAILED: every try failed, none is left.",
});

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

  @Field(() => OutboxStatus)
  status: DeliveryStatus;

  @Field(() => DateTimeScalar, { nullable: true, description: "Not tried again before then (after a failed try); null: at the next round." })
  nextAttemptAt: Date | null;

  @Field(() => String, { nullable: true, description: "Why the last try failed, as the mail server said it." })
  lastError: string | null;
}

@ObjectType()
export class OutboxPage {
  @Field(() => [OutboxMessage])
  messages: OutboxMessage[];

  @Field(() => String, { nullable: true })
  nextCursor: string | null;
}
