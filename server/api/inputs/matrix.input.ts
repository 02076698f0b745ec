/** Catalog editor inputs for the matrix: feature groups, rows (free-text or derived from a plan fact) and cells. */
import { GraphQLJSON } from "graphql-scalars";
import { Field, InputType } from "type-graphql";
import type {
  Cell,
  CellValue,
  FactKind as FactKindDoc,
  Feature as FeatureDoc,
  FeatureGroup as FeatureGroupDoc,
  ValueType as ValueTypeDoc,
} from "../../domain/catalog.js";
import { badInput } from "../../domain/errors.js";
import { FactKind, ValueType } from "../types/matrix.type.js";
import { field, given, same } from "./document-changes.js";

@InputType()
export class FeatureGroupInput {
  @Field(() => String)
  key: string;

  @Field(() => String)
  label: string;
}

@InputType({ description: "A cell of the matrix. The value follows the row's type: BOOLEAN true/false, NUMBER \"5\", DURATION {amount, unit}, TEXT and SCHEDULE a text, LIST a list of texts." })
export class CellInput {
  @Field(() => GraphQLJSON, { nullable: true, description: "null only for SCHEDULE rows (the hours come from the plan's calendar)." })
  value?: CellValue;

  @Field(() => String, { nullable: true, description: "The cell as the vendor words it, when that differs from the value." })
  text?: string | null;

  @Field(() => String, { nullable: true })
  note?: string | null;

  @Field(() => String, { nullable: true, description: "A note in the product's own voice (not the vendor's)." })
  editorNote?: string | null;
}

@InputType()
export class FeatureCellInput extends CellInput {
  @Field(() => String)
  planKey: string;
}

@InputType({ description: "The plan fact a derived row shows." })
export class FactSourceInput {
  @Field(() => FactKind)
  kind: FactKindDoc;

  @Field(() => [String], { nullable: true, description: "SLA rows: the priority keys (one, or a group sharing the row)." })
  priorityKeys?: string[] | null;
}

@InputType({ description: "A row. Updating: omitted fields keep their value (omitting `cells` keeps the row's cells; giving them replaces them all)." })
export class FeatureInput {
  @Field(() => String)
  key: string;

  @Field(() => String)
  label: string;

  @Field(() => String, { nullable: true, description: "Key of its feature group." })
  group?: string | null;

  @Field(() => ValueType, { nullable: true, description: "Default BOOLEAN when adding; kept when omitted on update." })
  valueType?: ValueTypeDoc | null;

  @Field(() => String, { nullable: true })
  unit?: string | null;

  @Field(() => String, { nullable: true })
  note?: string | null;

  @Field(() => FactSourceInput, {
    nullable: true,
    description:
      "Makes the row derived: each cell shows the plan's fact (price, first response for priorities, support hours, authorized contacts, eligibility). Its cells then give only the vendor's wording (`text`, with {placeholders}) and notes, no value. null: a free-text row.",
  })
  source?: FactSourceInput | null;

  @Field(() => [FeatureCellInput], { nullable: true, description: "One per plan that offers the feature." })
  cells?: FeatureCellInput[] | null;
}

export function toCell(input: CellInput): Cell {
  // The shape is left to the reader, which ties the wording to the fact as it is now.
  return { value: input.value ?? null, text: input.text ?? null, note: input.note ?? null, editorNote: input.editorNote ?? null, shape: null };
}

function toCells(cells: FeatureCellInput[]): FeatureDoc["cells"] {
  const result: FeatureDoc["cells"] = {};
  for (const c of cells) {
    if (result[c.planKey]) throw badInput(`Two cells are given for the plan "${c.planKey}"`, "feature.cells");
    result[c.planKey] = toCell(c);
  }
  return result;
}

/** The row fields the input gives; `cells`, when given, replaces all the row's cells. */
export function featureChanges(input: FeatureInput): Partial<FeatureDoc> {
  return given<FeatureDoc>({
    key: input.key,
    label: input.label,
    group: input.group,
    type: field<ValueTypeDoc, ValueTypeDoc>(input.valueType, "BOOLEAN", same),
    unit: input.unit,
    note: input.note,
    source: field(input.source, null, (s) => ({ kind: s.kind, priorities: s.priorityKeys ?? [] })),
    cells: field(input.cells, {}, toCells),
  });
}

export function toFeature(input: FeatureInput): FeatureDoc {
  return { group: null, type: input.source ? "TEXT" : "BOOLEAN", unit: null, note: null, source: null, cells: {}, ...featureChanges(input) } as FeatureDoc;
}

export function toGroup(input: FeatureGroupInput): FeatureGroupDoc {
  return { key: input.key, label: input.label };
}
