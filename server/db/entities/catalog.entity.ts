import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, UpdateDateColumn } from "typeorm";

/** A vendor's catalog: its editable draft (a catalog document) and a pointer to the
 * latest published version. Published versions live in catalog_version and below. */
@Entity("catalog")
export class CatalogEntity {
  @PrimaryColumn("uuid")
  id: string;

  @Index("catalog_slug_key", { unique: true })
  @Column("text")
  slug: string;

  /** The draft as a catalog document (server/domain/catalog.ts). */
  @Column("jsonb")
  draft: unknown;

  /** Bumped by every draft edit; an edit made on an older revision is refused (CONFLICT). */
  @Column("int", { default: 1 })
  draftRevision: number;

  /** Number of the latest published version; null until the first publish. */
  @Column("int", { nullable: true })
  publishedVersion: number | null;

  /** Discount (percent of the undiscounted total) above which an admin must approve a quote. */
  @Column("numeric", { precision: 7, scale: 4, default: 15 })
  discountApprovalThreshold: string;

  /** Days a new quote stays valid (its validUntil), unless the rep sets a date; instant quotes use it. */
  @Column("int", { default: 30 })
  defaultValidityDays: number;

  @CreateDateColumn({ type: "timestamptz" })
  createdAt: Date;

  @UpdateDateColumn({ type: "timestamptz" })
  updatedAt: Date;

  @Column("timestamptz", { nullable: true })
  deletedAt: Date | null;
}
