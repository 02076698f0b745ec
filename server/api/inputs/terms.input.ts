/** Catalog editor inputs for the catalog's listed terms: priorities, exclusion clauses and request categories. */
import { Field, InputType, Int } from "type-graphql";
import type {
  CreditRuleKind as CreditRuleKindDoc,
  Exclusion as ExclusionDoc,
  ExclusionKind as ExclusionKindDoc,
  Priority as PriorityDoc,
  RequestCategory as RequestCategoryDoc,
} from "../../domain/catalog.js";
import { CreditRuleKind, ExclusionKind } from "../types/catalog.type.js";
import { field, given, same } from "./document-changes.js";

@InputType({ description: "A priority. Updating: omitted fields keep their value." })
export class PriorityInput {
  @Field(() => String, { description: "A new key is carried to every plan's response target." })
  key: string;

  @Field(() => String)
  label: string;

  @Field(() => String, { nullable: true })
  definition?: string | null;

  @Field(() => [String], { nullable: true })
  examples?: string[] | null;
}

@InputType({ description: "An exclusion clause. Updating: omitted fields keep their value." })
export class ExclusionInput {
  @Field(() => ExclusionKind, { nullable: true, description: "Default NOT_COVERED." })
  kind?: ExclusionKindDoc | null;

  @Field(() => String, { nullable: true })
  heading?: string | null;

  @Field(() => String)
  text: string;

  @Field(() => [String], { nullable: true, description: "Empty: the whole catalog." })
  planKeys?: string[] | null;
}

@InputType({ description: "A request category. Updating: omitted fields keep their value; the credit rule is replaced as a whole." })
export class RequestCategoryInput {
  @Field(() => String)
  key: string;

  @Field(() => String)
  label: string;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => CreditRuleKind)
  creditKind: CreditRuleKindDoc;

  @Field(() => Int, { description: "FIXED: the credits; FROM: the minimum; UPGRADE: the base." })
  credits: number;

  @Field(() => Int, { nullable: true, description: "UPGRADE: credits per further patch version." })
  perStep?: number | null;

  @Field(() => Int, { nullable: true, description: "UPGRADE: patch versions the base covers." })
  includedSteps?: number | null;

  @Field(() => Boolean, { nullable: true, description: "Work starts after the customer confirms the assessment. Default false." })
  needsConfirmation?: boolean | null;
}

export function priorityChanges(input: PriorityInput): Partial<PriorityDoc> {
  return given<PriorityDoc>({ key: input.key, label: input.label, definition: input.definition, examples: field(input.examples, [], same) });
}

export function toPriority(input: PriorityInput): PriorityDoc {
  return { definition: null, examples: [], ...priorityChanges(input) } as PriorityDoc;
}

export function exclusionChanges(input: ExclusionInput): Partial<ExclusionDoc> {
  return given<ExclusionDoc>({
    kind: field<ExclusionKindDoc, ExclusionKindDoc>(input.kind, "NOT_COVERED", same),
    heading: input.heading,
    text: input.text,
    plans: field(input.planKeys, [], same),
  });
}

export function toExclusion(input: ExclusionInput): ExclusionDoc {
  return { kind: "NOT_COVERED", heading: null, plans: [], ...exclusionChanges(input) } as ExclusionDoc;
}

/** The category fields the input gives; the credit rule is replaced as a whole. */
export function categoryChanges(input: RequestCategoryInput): Partial<RequestCategoryDoc> {
  const upgrade = input.creditKind === "UPGRADE";
  return given<RequestCategoryDoc>({
    key: input.key,
    label: input.label,
    description: input.description,
    rule: {
      kind: input.creditKind,
      credits: input.credits,
      perStep: upgrade ? (input.perStep ?? null) : null,
      includedSteps: upgrade ? (input.includedSteps ?? null) : null,
    },
    needsConfirmation: field(input.needsConfirmation, false, same),
  });
}

export function toCategory(input: RequestCategoryInput): RequestCategoryDoc {
  return { description: null, needsConfirmation: false, ...categoryChanges(input) } as RequestCategoryDoc;
}
