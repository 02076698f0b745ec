import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn, type Relation } from "typeorm";
import { QuoteEntity } from "./quote.entities.js";

/**
 * What a customer agreed to when accepting a quote, kept as they saw it: the option, the
 * clauses acknowledged, the authorized contacts, the name typed, when and from where, and the
 * canonical JSON of the quote with its SHA-256, so either side can show what was agreed.
 */
@Entity("quote_acceptance")
export class QuoteAcceptanceEntity {
  @PrimaryColumn("uuid")
  quoteId: string;

  @OneToOne(() => QuoteEntity, { onDelete: "CASCADE" })
  @JoinColumn({ name: "quote_id" })
  quote?: Relation<QuoteEntity>;

  @Column("int")
  option: number;

  @Column("text", { nullable: true })
  optionLabel: string | null;

  @Column("text")
  planName: string;

  @Column("text")
  name: string;

  @Column("jsonb")
  contacts: { name: string; email: string }[];

  /** The clauses shown for the option, as the customer read them. */
  @Column("jsonb")
  clauses: string[];

  @Column("text")
  clientIp: string;

  @Column("timestamptz")
  acceptedAt: Date;

  /** Canonical JSON of the quote as accepted; contentDigest is its SHA-256 in hex. */
  @Column("text")
  content: string;

  @Column("text")
  contentDigest: string;
}
