import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from "typeorm";
import type { CellValue, FactKind, ValueType } from "../../domain/catalog.js";
import { PlanEntity } from "./plan.entities.js";
import { VersionChild } from "./version-child.js";

@Entity("feature_group")
@Index("feature_group_version_key", ["versionId", "key"], { unique: true })
export class FeatureGroupEntity extends VersionChild {
  @Column("text")
  key: string;

  @Column("text")
  label: string;
}

/** A row of the plan matrix. */
@Entity("feature")
@Index("feature_version_key", ["versionId", "key"], { unique: true })
export class FeatureEntity extends VersionChild {
  @Column("text")
  key: string;

  @Column("text")
  label: string;

  /** Key of the feature group; groups are looked up within the same version. */
  @Column("text", { nullable: true })
  groupKey: string | null;

  @Column("text")
  valueType: ValueType;

  @Column("text", { nullable: true })
  unit: string | null;

  @Column("text", { nullable: true })
  note: string | null;

  /** A derived row's fact; null: a free-text row. */
  @Column("text", { nullable: true })
  sourceKind: FactKind | null;

  /** SLA rows: the priority keys the row shows. */
  @Column("text", { array: true, default: () => "'{}'" })
  sourcePriorities: string[];
}

/** One plan's cell of a row; a missing cell means the plan does not offer the feature. */
@Entity("feature_cell")
@Index("feature_cell_feature_plan", ["featureId", "planId"], { unique: true })
export class FeatureCellEntity {
  @Column("uuid", { primary: true })
  id: string;

  @Column("uuid")
  featureId: string;

  @ManyToOne(() => FeatureEntity, { onDelete: "CASCADE" })
  @JoinColumn({ name: "feature_id" })
  feature?: Relation<FeatureEntity>;

  @Column("uuid")
  planId: string;

  @ManyToOne(() => PlanEntity, { onDelete: "CASCADE" })
  @JoinColumn({ name: "plan_id" })
  plan?: Relation<PlanEntity>;

  /** The typed value, wrapped ({ "v": ... }) so that JSON null stays distinguishable. */
  @Column("jsonb")
  value: { v: CellValue };

  @Column("text", { nullable: true })
  text: string | null;

  @Column("text", { nullable: true })
  note: string | null;

  @Column("text", { nullable: true })
  editorNote: string | null;

  /** Derived rows: the shape of the fact the wording was written for. */
  @Column("text", { nullable: true })
  shape: string | null;
}
