import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from "typeorm";
import { CatalogVersionEntity } from "./catalog-version.entity.js";
import { UserEntity } from "./user.entities.js";

export type QuoteStatus = "DRAFT" | "SENT" | "ACCEPTED" | "DECLINED" | "EXPIRED" | "SUPERSEDED";

/**
 * A sales document, frozen against the catalog version it was priced from: the inputs, the
 * chosen plan or alternatives, discounts, and everything computed from them (lines,
 * totals, guarantee, SLA summary, exclusions) are stored with it.
 */
@Entity("quote")
@Index("quote_number_key", ["number"], { unique: true })
// Trigram (GIN) indexes for the search, made by the QuoteSearchIndexes migration; typeorm cannot describe them.
@Index("quote_number_trgm", { synchronize: false })
@Index("quote_customer_company_trgm", { synchronize: false })
@Index("quote_customer_name_trgm", { synchronize: false })
@Index("quote_customer_email_trgm", { synchronize: false })
@Index("quote_created", ["createdAt", "id"])
@Index("quote_base_number", ["baseNumber", "revision"], { unique: true })
@Index("quote_owner", ["ownerId"])
@Index("quote_status_expires", ["status", "expiresAt"])
export class QuoteEntity {
  @PrimaryColumn("uuid")
  id: string;

  /** "Q-2026-0001", or "Q-2026-0001-2" for its second revision. */
  @Column("text")
  number: string;

  @Column("text")
  baseNumber: string;

  @Column("int")
  revision: number;

  @Column("text")
  status: QuoteStatus;

  /** Bumped by every change; an edit made on an older one is refused (CONFLICT). */
  @Column("int")
  lockVersion: number;

  @Column("uuid")
  catalogVersionId: string;

  @ManyToOne(() => CatalogVersionEntity, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "catalog_version_id" })
  catalogVersion?: Relation<CatalogVersionEntity>;

  @Column("text")
  customerCompany: string;

  @Column("text")
  customerName: string;

  @Column("text")
  customerEmail: string;

  /** Zone of the validity date and of a new quote's dates (IANA or offset). */
  @Column("text")
  timeZone: string;

  @Column("date", { nullable: true })
  validUntil: string | null;

  /** The first instant it is no longer valid (the day after validUntil starts in its zone); kept with validUntil and timeZone. */
  @Column("timestamptz", { nullable: true })
  expiresAt: Date | null;

  /** The quote's inputs, options and discounts (server/domain/quote.ts QuoteInput). */
  @Column("jsonb")
  input: unknown;

  /** What the engine computed from them (server/domain/quote.ts ComputedQuote). */
  @Column("jsonb")
  computed: unknown;

  /** Total of the first option, for lists; null when priced on request. */
  /** Wide enough for the largest total the engine can make (15-digit amounts x 12 months x 10 years). */
  @Column("numeric", { precision: 22, scale: 2, nullable: true })
  total: string | null;

  @Column("char", { length: 3 })
  currency: string;

  @Column("boolean")
  approvalRequired: boolean;

  /** Why an admin must approve, in words (discounts beyond the threshold, agreed prices outside guidance). */
  @Column("jsonb", { default: () => "'[]'" })
  approvalReasons: string[];

  /** Digest of everything the customer will see; approvals, requests and rejections hold while it matches. */
  @Column("text", { nullable: true })
  fingerprint: string | null;

  @Column("uuid", { nullable: true })
  approvalRequestedBy: string | null;

  @Column("timestamptz", { nullable: true })
  approvalRequestedAt: Date | null;

  @Column("text", { nullable: true })
  approvalNote: string | null;

  /** The fingerprint the request was made for; a later change makes it stale. */
  @Column("text", { nullable: true })
  approvalRequestFingerprint: string | null;

  @Column("text", { nullable: true })
  rejectedFingerprint: string | null;

  @Column("uuid", { nullable: true })
  rejectedBy: string | null;

  @Column("timestamptz", { nullable: true })
  rejectedAt: Date | null;

  @Column("text", { nullable: true })
  rejectionReason: string | null;

  /** Sent with lines still priced on request, marked "price to be agreed" for the customer. */
  @Column("boolean", { default: false })
  priceToBeAgreed: boolean;

  /** Fingerprint of the content an admin approved; approval holds while it matches. */
  @Column("text", { nullable: true })
  approvedFingerprint: string | null;

  @Column("uuid", { nullable: true })
  approvedBy: string | null;

  @Column("timestamptz", { nullable: true })
  approvedAt: Date | null;

  @Column("uuid", { nullable: true })
  supersededBy: string | null;

  @Column("uuid")
  createdBy: string;

  @ManyToOne(() => UserEntity, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "created_by" })
  creator?: Relation<UserEntity>;

  /** The rep who owns it: its creator, or whom an admin assigned it to. Only the owner (or an admin) changes it. */
  @Column("uuid")
  ownerId: string;

  @ManyToOne(() => UserEntity, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "owner_id" })
  owner?: Relation<UserEntity>;

  @Column("timestamptz")
  createdAt: Date;

  @Column("timestamptz")
  updatedAt: Date;

  @Column("timestamptz", { nullable: true })
  sentAt: Date | null;

  @Column("timestamptz", { nullable: true })
  decidedAt: Date | null;

  /** The name the customer typed to accept, or who declined. */
  @Column("text", { nullable: true })
  decidedByName: string | null;

  /** Index of the accepted alternative. */
  @Column("int", { nullable: true })
  acceptedOption: number | null;

  @Column("text", { nullable: true })
  declineReason: string | null;
}

/** The last quote number used in a year; incremented in the creating transaction, so numbers have no gaps. */
@Entity("quote_number_counter")
export class QuoteNumberCounterEntity {
  @PrimaryColumn("int")
  year: number;

  @Column("int")
  last: number;
}

/** A link a prospect opens without logging in. Only the token's SHA-256 is stored. */
@Entity("share_link")
@Index("share_link_quote", ["quoteId"])
export class ShareLinkEntity {
  @PrimaryColumn("text")
  tokenHash: string;

  @Column("uuid")
  quoteId: string;

  @ManyToOne(() => QuoteEntity, { onDelete: "CASCADE" })
  @JoinColumn({ name: "quote_id" })
  quote?: Relation<QuoteEntity>;

  @Column("timestamptz")
  createdAt: Date;

  @Column("uuid")
  createdBy: string;

  @Column("timestamptz", { nullable: true })
  revokedAt: Date | null;
}
