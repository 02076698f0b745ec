import { Column, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from "typeorm";
import { CatalogVersionEntity } from "./catalog-version.entity.js";

/** A row that belongs to one published catalog version and goes when it goes. */
export abstract class VersionChild {
  @PrimaryColumn("uuid")
  id: string;

  @Column("uuid")
  versionId: string;

  @ManyToOne(() => CatalogVersionEntity, { onDelete: "CASCADE" })
  @JoinColumn({ name: "version_id" })
  version?: Relation<CatalogVersionEntity>;

  @Column("int")
  position: number;
}
