import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from "typeorm";
import type { CreditRuleKind, ExclusionKind, SlaUnit } from "../../domain/catalog.js";
import { PlanEntity } from "./plan.entities.js";
import { VersionChild } from "./version-child.js";

@Entity("exclusion")
@Index("exclusion_version", ["versionId"])
export class ExclusionEntity extends VersionChild {
  @Column("text")
  kind: ExclusionKind;

  @Column("text", { nullable: true })
  heading: string | null;

  @Column("text")
  text: string;

  /** Empty: the whole catalog. */
  @Column("text", { array: true, default: () => "'{}'" })
  planKeys: string[];
}

@Entity("priority")
@Index("priority_version_key", ["versionId", "key"], { unique: true })
export class PriorityEntity extends VersionChild {
  @Column("text")
  key: string;

  @Column("text")
  label: string;

  @Column("text", { nullable: true })
  definition: string | null;

  @Column("jsonb", { default: () => "'[]'" })
  examples: string[];
}

/** A plan's response-time target for one priority. */
@Entity("sla_target")
@Index("sla_target_version", ["versionId"])
@Index("sla_target_plan_priority", ["planId", "priorityKey"], { unique: true })
export class SlaTargetEntity extends VersionChild {
  @Column("uuid")
  planId: string;

  @ManyToOne(() => PlanEntity, { onDelete: "CASCADE" })
  @JoinColumn({ name: "plan_id" })
  plan?: Relation<PlanEntity>;

  @Column("text")
  priorityKey: string;

  @Column("numeric", { precision: 9, scale: 3 })
  amount: string;

  @Column("text")
  unit: SlaUnit;

  @Column("text", { nullable: true })
  note: string | null;
}

@Entity("request_category")
@Index("request_category_version_key", ["versionId", "key"], { unique: true })
export class RequestCategoryEntity extends VersionChild {
  @Column("text")
  key: string;

  @Column("text")
  label: string;

  @Column("text", { nullable: true })
  description: string | null;

  @Column("text")
  creditKind: CreditRuleKind;

  @Column("int")
  credits: number;

  @Column("int", { nullable: true })
  perStep: number | null;

  @Column("int", { nullable: true })
  includedSteps: number | null;

  @Column("boolean", { default: false })
  needsConfirmation: boolean;
}

/** Project budgets in [min, max] (bounds inclusive or not) get `days` of free guarantee. */
@Entity("guarantee_band")
@Index("guarantee_band_version", ["versionId"])
export class GuaranteeBandEntity extends VersionChild {
  @Column("numeric", { precision: 17, scale: 2 })
  min: string;

  @Column("boolean")
  minInclusive: boolean;

  @Column("numeric", { precision: 17, scale: 2, nullable: true })
  max: string | null;

  @Column("boolean")
  maxInclusive: boolean;

  @Column("int")
  days: number;

  @Column("text", { nullable: true })
  label: string | null;
}
