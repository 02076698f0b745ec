import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from "typeorm";
import { CatalogVersionEntity } from "./catalog-version.entity.js";
import { QuoteEntity } from "./quote.entities.js";
import { UserEntity } from "./user.entities.js";

export type QuoteRequestStatus = "OPEN" | "TAKEN" | "CLOSED" | "CONVERTED";

/**
 * A prospect's request for a quote from the public page: the plan and figures as they
 * were on the page, priced against the version they saw, and who asked. Sales reps take
 * it, then close it or turn it into a draft quote.
 */
@Entity("quote_request")
@Index("quote_request_reference_key", ["reference"], { unique: true })
@Index("quote_request_idempotency_key", ["idempotencyKey"], { unique: true })
@Index("quote_request_ip_created", ["clientIp", "createdAt"])
@Index("quote_request_created", ["createdAt", "id"])
export class QuoteRequestEntity {
  @PrimaryColumn("uuid")
  id: string;

  /** "R-2026-0001": gap-free per year in the organisation's zone, like quote numbers. */
  @Column("text")
  reference: string;

  @Column("text")
  status: QuoteRequestStatus;

  @Column("uuid")
  catalogVersionId: string;

  @ManyToOne(() => CatalogVersionEntity, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "catalog_version_id" })
  catalogVersion?: Relation<CatalogVersionEntity>;

  @Column("text")
  planKey: string;

  @Column("jsonb")
  addOnKeys: string[];

  /** The customer's figures (server/domain/quote-request.ts RequestFigures). */
  @Column("jsonb")
  figures: unknown;

  /** priceQuote's total when the request was made; null when priced on request. */
  @Column("numeric", { precision: 22, scale: 2, nullable: true })
  total: string | null;

  @Column("char", { length: 3 })
  currency: string;

  @Column("text")
  company: string;

  @Column("text")
  contactName: string;

  @Column("text")
  email: string;

  @Column("text", { nullable: true })
  message: string | null;

  /** The address the request came from: requests are rate-limited per address. */
  @Column("text")
  clientIp: string;

  /** Repeating a request with the same key returns the first receipt. */
  @Column("text", { nullable: true })
  idempotencyKey: string | null;

  @Column("timestamptz")
  createdAt: Date;

  /** The sales rep who took it. */
  @Column("uuid", { nullable: true })
  ownerId: string | null;

  @ManyToOne(() => UserEntity, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "owner_id" })
  owner?: Relation<UserEntity>;

  @Column("timestamptz", { nullable: true })
  takenAt: Date | null;

  @Column("text", { nullable: true })
  closeReason: string | null;

  @Column("timestamptz", { nullable: true })
  closedAt: Date | null;

  /** The draft quote it became. */
  @Column("uuid", { nullable: true })
  quoteId: string | null;

  @ManyToOne(() => QuoteEntity, { onDelete: "SET NULL" })
  @JoinColumn({ name: "quote_id" })
  quote?: Relation<QuoteEntity>;
}

/** The last request reference used in a year; incremented in the creating transaction, so references have no gaps. */
@Entity("quote_request_counter")
export class QuoteRequestCounterEntity {
  @PrimaryColumn("int")
  year: number;

  @Column("int")
  last: number;
}
