/** The plan matrix as served: groups, rows with one cell per plan, and the public comparison's rows. */
import { Field, ObjectType, registerEnumType } from "type-graphql";
import { FACT_KINDS, VALUE_TYPES } from "../../domain/catalog.js";
import { enumOf } from "./enum-of.js";

export const ValueType = enumOf(VALUE_TYPES);
export const FactKind = enumOf(FACT_KINDS);
registerEnumType(ValueType, { name: "ValueType", description: "What a feature row's cells hold." });
registerEnumType(FactKind, {
  name: "FactKind",
  description: "The plan fact a derived row shows: its price, first response for priorities, support hours, authorized contacts or eligibility limits.",
});

@ObjectType()
export class FeatureGroup {
  @Field(() => String)
  key: string;

  @Field(() => String)
  label: string;
}

// Hot lists (a 30 x 500 matrix has 15,000 cells): plain data, so no per-field middleware or auth wrapper.
@ObjectType({ simpleResolvers: true })
export class FeatureCell {
  @Field(() => String)
  planKey: string;

  @Field(() => String, {
    nullable: true,
    description: 'The cell as a person reads it ("5", "email, phone", "✓"); null = not offered. In a derived row, computed from the plan\'s fact.',
  })
  display: string | null;

  @Field(() => String, { nullable: true, description: "The vendor's note on the cell." })
  note: string | null;

  @Field(() => String, { nullable: true, description: "A note in the product's own voice, not the vendor's." })
  editorNote: string | null;
}

@ObjectType({ description: "The plan fact a derived row shows; its cells are computed from it." })
export class FeatureSource {
  @Field(() => FactKind)
  kind: string;

  @Field(() => [String], { description: "SLA rows: the priority keys the row shows (one, or a group)." })
  priorityKeys: string[];

  @Field(() => String, { description: '"price", "first response, P2, P3, P4", "support hours".' })
  summary: string;
}

@ObjectType({ description: "A row of the plan matrix, with one cell per plan in plan order.", simpleResolvers: true })
export class Feature {
  @Field(() => String)
  key: string;

  @Field(() => String)
  label: string;

  @Field(() => String, { nullable: true, description: "Key of its feature group." })
  group: string | null;

  @Field(() => ValueType)
  valueType: string;

  @Field(() => String, { nullable: true })
  unit: string | null;

  @Field(() => String, { nullable: true })
  note: string | null;

  @Field(() => FeatureSource, { nullable: true, description: "Set on a derived row (its cells show a plan fact); null on a free-text row." })
  source: FeatureSource | null;

  @Field(() => [FeatureCell])
  cells: FeatureCell[];
}

@ObjectType({ simpleResolvers: true, description: "A row of the public comparison: a catalog's row, or one read from the plans' support hours or response targets." })
export class ComparisonRow {
  @Field(() => String)
  key: string;

  @Field(() => String)
  label: string;

  @Field(() => String, { nullable: true, description: "The label of the row's group; null for the rows after the groups." })
  group: string | null;

  @Field(() => String, { nullable: true, description: "What the row means, in words (the row's note, or the priority's definition)." })
  hint: string | null;

  @Field(() => Boolean, { description: "The cells are the plans' support hours, which a page may show in the visitor's zone." })
  supportHours: boolean;

  @Field(() => [FeatureCell], { description: "One per plan, in the plans' order." })
  cells: FeatureCell[];
}
