import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from "typeorm";
import type { LicenseEdition } from "../../domain/catalog.js";
import { CatalogEntity } from "./catalog.entity.js";

/** An immutable published version of a catalog; its plans, rows and terms hang below it. */
@Entity("catalog_version")
@Index("catalog_version_number_key", ["catalogId", "number"], { unique: true })
export class CatalogVersionEntity {
  @PrimaryColumn("uuid")
  id: string;

  @Column("uuid")
  catalogId: string;

  @ManyToOne(() => CatalogEntity, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "catalog_id" })
  catalog?: Relation<CatalogEntity>;

  @Column("int")
  number: number;

  @Column("text")
  slug: string;

  @Column("text")
  name: string;

  @Column("char", { length: 3 })
  currency: string;

  @Column("text", { nullable: true })
  description: string | null;

  @Column("text", { nullable: true })
  vendor: string | null;

  @Column("jsonb", { default: () => "'[]'" })
  licenseEditions: LicenseEdition[];

  @Column("text", { nullable: true })
  guaranteeNote: string | null;

  @Column("jsonb", { default: () => "'[]'" })
  notes: string[];

  /** Notes in the product's own voice. */
  @Column("jsonb", { default: () => "'[]'" })
  editorNotes: string[];

  @Column("timestamptz")
  publishedAt: Date;

  @Column("uuid", { nullable: true })
  publishedBy: string | null;
}
