import { Column, Entity, Index, PrimaryColumn } from "typeorm";

/**
 * An email to send, written in the transaction of the action that caused it, so it exists
 * exactly when the action does; a drainer sends it later and never undoes the action.
 */
@Entity("outbox_message")
@Index("outbox_message_created", ["createdAt", "id"])
export class OutboxMessageEntity {
  @PrimaryColumn("uuid")
  id: string;

  /** What it is about: "quote.sent", "quote.accepted"... */
  @Column("text")
  kind: string;

  @Column("text")
  to: string;

  @Column("text")
  subject: string;

  @Column("text")
  text: string;

  @Column("text")
  html: string;

  @Column("timestamptz")
  createdAt: Date;

  @Column("timestamptz", { nullable: true })
  sentAt: Date | null;

  @Column("int", { default: 0 })
  attempts: number;

  /** Not before this instant after a failed attempt (backoff); null: as soon as possible. */
  @Column("timestamptz", { nullable: true })
  nextAttemptAt: Date | null;

  @Column("text", { nullable: true })
  lastError: string | null;
}
