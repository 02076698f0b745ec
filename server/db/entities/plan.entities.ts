import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from "typeorm";
import type { Availability, Comparison, LimitFigure, Period, PricingKind, TimeWindow } from "../../domain/catalog.js";
import { VersionChild } from "./version-child.js";

@Entity("plan")
@Index("plan_version_key", ["versionId", "key"], { unique: true })
export class PlanEntity extends VersionChild {
  @Column("text")
  key: string;

  @Column("text")
  name: string;

  @Column("text", { nullable: true })
  tagline: string | null;

  @Column("text", { nullable: true })
  description: string | null;

  @Column("jsonb", { default: () => "'[]'" })
  forYouIf: string[];

  @Column("text", { array: true })
  availability: Availability[];

  @Column("text", { array: true, default: () => "'{}'" })
  addOnTo: string[];

  @Column("text", { nullable: true })
  includedWith: string | null;

  @Column("text", { array: true, default: () => "'{}'" })
  requiresEdition: string[];

  @Column("int", { nullable: true })
  authorizedContacts: number | null;

  @Column("jsonb", { default: () => "'[]'" })
  notes: string[];
}

/** A row that belongs to one plan. */
abstract class PlanChild {
  @PrimaryColumn("uuid")
  id: string;

  @Column("uuid")
  planId: string;

  @ManyToOne(() => PlanEntity, { onDelete: "CASCADE" })
  @JoinColumn({ name: "plan_id" })
  plan?: Relation<PlanEntity>;
}

@Entity("pricing_rule")
@Index("pricing_rule_plan_key", ["planId"], { unique: true })
export class PricingRuleEntity extends PlanChild {
  @Column("text")
  kind: PricingKind;

  @Column("numeric", { precision: 8, scale: 4, nullable: true })
  percent: string | null;

  @Column("numeric", { precision: 17, scale: 2, nullable: true })
  amount: string | null;

  @Column("text", { default: "YEAR" })
  period: Period;

  @Column("numeric", { precision: 17, scale: 2, nullable: true })
  minimum: string | null;

  @Column("numeric", { precision: 17, scale: 2, nullable: true })
  maximum: string | null;

  @Column("text", { nullable: true })
  note: string | null;

  @Column("text", { nullable: true })
  editorNote: string | null;
  /** QUOTE_BASED: the lowest yearly price sales may agree without approval. */
  @Column("numeric", { precision: 17, scale: 2, nullable: true })
  guidanceFloor: string | null;

  /** QUOTE_BASED: the yearly list price, the top of the guidance. */
  @Column("numeric", { precision: 17, scale: 2, nullable: true })
  guidanceListPrice: string | null;
}

@Entity("credit_pack")
@Index("credit_pack_plan_credits", ["planId", "credits"], { unique: true })
export class CreditPackEntity extends PlanChild {
  @Column("int")
  position: number;

  @Column("int")
  credits: number;

  /** null: the price is not published. */
  @Column("numeric", { precision: 17, scale: 2, nullable: true })
  price: string | null;

  /** An unpublished pack: the lowest price a pack may be agreed at without approval. */
  @Column("numeric", { precision: 17, scale: 2, nullable: true })
  guidanceFloor: string | null;

  @Column("numeric", { precision: 17, scale: 2, nullable: true })
  guidanceListPrice: string | null;
}

@Entity("support_calendar")
@Index("support_calendar_plan_key", ["planId"], { unique: true })
export class SupportCalendarEntity extends PlanChild {
  @Column("text", { array: true })
  zones: string[];

  @Column("boolean", { default: false })
  alwaysOpen: boolean;

  @Column("jsonb", { default: () => "'[]'" })
  windows: TimeWindow[];

  /** "YYYY-MM-DD" dates in the calendar's zone. */
  @Column("text", { array: true, default: () => "'{}'" })
  holidays: string[];

  @Column("text", { nullable: true })
  note: string | null;
}

@Entity("eligibility_limit")
@Index("eligibility_limit_plan", ["planId"])
export class EligibilityLimitEntity extends PlanChild {
  @Column("int")
  position: number;

  @Column("text")
  figure: LimitFigure;

  @Column("text")
  comparison: Comparison;

  @Column("numeric", { precision: 17, scale: 2 })
  value: string;
}
