/** Catalog editor inputs for the catalog itself: its facts, guarantee bands and license editions. */
import { Field, InputType, Int } from "type-graphql";
import type { GuaranteeBand as GuaranteeBandDoc, LicenseEdition as LicenseEditionDoc } from "../../domain/catalog.js";
import type { CatalogInfoChanges } from "../../domain/draft-edits.js";
import { DecimalScalar } from "../scalars.js";
import { field, given, same } from "./document-changes.js";

/*
 * Inputs of the catalog editor. They mirror the output types (Plan, Feature, ...); what
 * they hold is checked when the edited draft is read back and validated, so a problem is
 * reported with its path in the document ("plans[1].pricing.percent").
 */

@InputType()
export class GuaranteeBandInput {
  @Field(() => DecimalScalar)
  min: string;

  @Field(() => Boolean)
  minInclusive: boolean;

  @Field(() => DecimalScalar, { nullable: true, description: "null: no upper bound (the last band)." })
  max?: string | null;

  @Field(() => Boolean)
  maxInclusive: boolean;

  @Field(() => Int)
  days: number;

  @Field(() => String, { nullable: true })
  label?: string | null;
}

@InputType()
export class LicenseEditionInput {
  @Field(() => String)
  key: string;

  @Field(() => String)
  label: string;
}

@InputType({ description: "Omitted fields keep their value; null clears an optional text." })
export class CatalogInfoInput {
  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => String, { nullable: true, description: "ISO 4217." })
  currency?: string | null;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => String, { nullable: true })
  vendor?: string | null;

  @Field(() => String, { nullable: true })
  guaranteeNote?: string | null;

  @Field(() => [String], { nullable: true })
  notes?: string[] | null;

  @Field(() => [String], { nullable: true, description: "Notes in the product's own voice (not the vendor's)." })
  editorNotes?: string[] | null;

  @Field(() => DecimalScalar, { nullable: true, description: "Discount percent above which an admin must approve a quote (0-100)." })
  discountApprovalThreshold?: string | null;

  @Field(() => Int, { nullable: true, description: "Days a new quote stays valid unless the rep sets a date (1-365); instant quotes use it." })
  defaultValidityDays?: number | null;
}

export function toBand(input: GuaranteeBandInput): GuaranteeBandDoc {
  return {
    min: input.min,
    minInclusive: input.minInclusive,
    max: input.max ?? null,
    maxInclusive: input.maxInclusive,
    days: input.days,
    label: input.label ?? null,
  };
}

export function toEdition(input: LicenseEditionInput): LicenseEditionDoc {
  return { key: input.key, label: input.label };
}

/** Omitted fields stay as they are; null clears the optional texts (a name or currency cannot be cleared). */
export function toInfoChanges(input: CatalogInfoInput): CatalogInfoChanges & { discountApprovalThreshold?: string; defaultValidityDays?: number } {
  return given<CatalogInfoChanges & { discountApprovalThreshold: string; defaultValidityDays: number }>({
    name: input.name ?? undefined,
    currency: input.currency ?? undefined,
    description: input.description,
    vendor: input.vendor,
    guaranteeNote: input.guaranteeNote,
    notes: field(input.notes, [], same),
    editorNotes: field(input.editorNotes, [], same),
    discountApprovalThreshold: input.discountApprovalThreshold ?? undefined,
    defaultValidityDays: input.defaultValidityDays ?? undefined,
  });
}
