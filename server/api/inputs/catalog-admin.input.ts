import { GraphQLJSON } from "graphql-scalars";
import { Field, InputType, Int } from "type-graphql";
import type {
  Availability,
  Cell,
  CellValue,
  Comparison as ComparisonDoc,
  CreditRuleKind as CreditRuleKindDoc,
  Exclusion as ExclusionDoc,
  ExclusionKind as ExclusionKindDoc,
  FactKind as FactKindDoc,
  Feature as FeatureDoc,
  FeatureGroup as FeatureGroupDoc,
  GuaranteeBand as GuaranteeBandDoc,
  LicenseEdition as LicenseEditionDoc,
  LimitFigure as LimitFigureDoc,
  Period as PeriodDoc,
  Plan as PlanDoc,
  PricingKind as PricingKindDoc,
  Priority as PriorityDoc,
  RequestCategory as RequestCategoryDoc,
  SlaTarget as SlaTargetDoc,
  SlaUnit as SlaUnitDoc,
  ValueType as ValueTypeDoc,
  Weekday as WeekdayDoc,
} from "../../domain/catalog.js";
import type { CatalogInfoChanges } from "../../domain/draft-edits.js";
import { badInput } from "../../domain/errors.js";
import { DecimalScalar } from "../scalars.js";
import {
  Comparison,
  CreditRuleKind,
  ExclusionKind,
  FactKind,
  LimitFigure,
  Period,
  PlanAvailability,
  PricingKind,
  SlaUnit,
  ValueType,
  Weekday,
} from "../types/catalog.type.js";

/*
 * Inputs of the catalog editor. They mirror the output types (Plan, Feature, ...); what
 * they hold is checked when the edited draft is read back and validated, so a problem is
 * reported with its path in the document ("plans[1].pricing.percent").
 */

@InputType({ description: "What sales may agree without an admin's approval for a price the catalog does not state." })
export class PriceGuidanceInput {
  @Field(() => DecimalScalar, { description: "The lowest price sales may agree alone." })
  floor: string;

  @Field(() => DecimalScalar, { nullable: true, description: "The list price: the highest price sales may agree alone." })
  listPrice?: string | null;
}

@InputType()
export class CreditPackOfferInput {
  @Field(() => Int)
  credits: number;

  @Field(() => DecimalScalar, { nullable: true, description: "null: the price is not published." })
  price?: string | null;

  @Field(() => PriceGuidanceInput, { nullable: true, description: "An unpublished pack: the guidance for an agreed price, per pack." })
  guidance?: PriceGuidanceInput | null;
}

@InputType()
export class PricingRuleInput {
  @Field(() => PricingKind)
  kind: PricingKindDoc;

  @Field(() => DecimalScalar, { nullable: true, description: 'PERCENT_* rules: percent per year ("10" is 10%).' })
  percent?: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: "FIXED: the amount per period." })
  amount?: string | null;

  @Field(() => Period, { nullable: true, description: "Default YEAR." })
  period?: PeriodDoc | null;

  @Field(() => DecimalScalar, { nullable: true, description: "Lowest yearly amount (percent and fixed rules)." })
  minimum?: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: "Highest yearly amount (percent and fixed rules)." })
  maximum?: string | null;

  @Field(() => [CreditPackOfferInput], { nullable: true, description: "CREDIT_PACKS: the packs on sale." })
  packs?: CreditPackOfferInput[] | null;

  @Field(() => String, { nullable: true, description: "What the vendor says about the price, in the vendor's words." })
  note?: string | null;

  @Field(() => String, { nullable: true, description: "What the product adds about the price, in its own voice." })
  editorNote?: string | null;

  @Field(() => PriceGuidanceInput, { nullable: true, description: "QUOTE_BASED: the guidance for an agreed price, per year (per occurrence for one-time work)." })
  guidance?: PriceGuidanceInput | null;
}

@InputType()
export class SupportWindowInput {
  @Field(() => [Weekday])
  days: WeekdayDoc[];

  @Field(() => String, { description: '"HH:MM" local time.' })
  start: string;

  @Field(() => String, { description: '"HH:MM"; "24:00" is the end of the day.' })
  end: string;
}

@InputType()
export class SupportCalendarInput {
  @Field(() => [String], { description: "IANA names or fixed offsets (\"+01:00\"); the first is the default." })
  zones: string[];

  @Field(() => Boolean, { nullable: true, description: "Open 24/7. Default false." })
  alwaysOpen?: boolean | null;

  @Field(() => [SupportWindowInput], { nullable: true })
  windows?: SupportWindowInput[] | null;

  @Field(() => [String], { nullable: true, description: "Closed days, YYYY-MM-DD." })
  holidays?: string[] | null;

  @Field(() => String, { nullable: true })
  note?: string | null;
}

@InputType()
export class EligibilityLimitInput {
  @Field(() => LimitFigure)
  figure: LimitFigureDoc;

  @Field(() => Comparison)
  comparison: ComparisonDoc;

  @Field(() => DecimalScalar)
  value: string;
}

@InputType()
export class SlaTargetInput {
  @Field(() => String)
  priorityKey: string;

  @Field(() => DecimalScalar)
  amount: string;

  @Field(() => SlaUnit)
  unit: SlaUnitDoc;

  @Field(() => String, { nullable: true })
  note?: string | null;
}

@InputType({
  description:
    "A plan. Adding: omitted fields take their defaults. Updating: omitted fields keep their value, null clears one (an empty list, no calendar); the pricing rule is replaced as a whole.",
})
export class PlanInput {
  @Field(() => String, { description: "Lower-case letters, digits and single hyphens. A new key is carried to cells, add-ons and exclusions." })
  key: string;

  @Field(() => String)
  name: string;

  @Field(() => String, { nullable: true })
  tagline?: string | null;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => [String], { nullable: true, description: 'The "This service is for you if you:" bullets.' })
  forYouIf?: string[] | null;

  @Field(() => [PlanAvailability], { nullable: true, description: "Default [BASE]." })
  availability?: Availability[] | null;

  @Field(() => [String], { nullable: true, description: "Plans this one can be added to (ADD_ON)." })
  addOnTo?: string[] | null;

  @Field(() => String, { nullable: true, description: "What the plan comes included with (INCLUDED)." })
  includedWith?: string | null;

  @Field(() => PricingRuleInput)
  pricing: PricingRuleInput;

  @Field(() => SupportCalendarInput, { nullable: true })
  calendar?: SupportCalendarInput | null;

  @Field(() => [EligibilityLimitInput], { nullable: true })
  limits?: EligibilityLimitInput[] | null;

  @Field(() => [String], { nullable: true, description: "License edition keys the plan is sold with; empty = any." })
  requiresEdition?: string[] | null;

  @Field(() => [SlaTargetInput], { nullable: true, description: "At most one per priority." })
  slaTargets?: SlaTargetInput[] | null;

  @Field(() => Int, { nullable: true, description: "How many of the customer's people may submit support cases; null: not stated." })
  authorizedContacts?: number | null;

  @Field(() => [String], { nullable: true })
  notes?: string[] | null;
}

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

// Inputs to documents. An update changes the fields given and keeps the others; null clears
// a field (an empty list, no calendar, no text). A new item gets the defaults below.

/** Only the fields that were given. */
function given<T>(fields: { [K in keyof T]?: T[K] }): Partial<T> {
  return Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** undefined (not given) stays undefined; null becomes `cleared`; anything else is mapped. */
function field<I, O>(value: I | null | undefined, cleared: O, map: (v: I) => O): O | undefined {
  if (value === undefined) return undefined;
  return value === null ? cleared : map(value);
}

const same = <T>(v: T) => v;

function toSla(targets: SlaTargetInput[]): Record<string, SlaTargetDoc> {
  const sla: Record<string, SlaTargetDoc> = {};
  for (const t of targets) {
    if (sla[t.priorityKey]) throw badInput(`Two response targets are given for the priority "${t.priorityKey}"`, "plan.slaTargets");
    sla[t.priorityKey] = { amount: t.amount, unit: t.unit, note: t.note ?? null };
  }
  return sla;
}

function guidanceOf(g: PriceGuidanceInput | null | undefined): { guidance?: { floor: string; listPrice: string | null } } {
  return g ? { guidance: { floor: g.floor, listPrice: g.listPrice ?? null } } : {};
}

function toRule(rule: PricingRuleInput): PlanDoc["pricing"] {
  return {
    kind: rule.kind,
    percent: rule.percent ?? null,
    amount: rule.amount ?? null,
    period: rule.period ?? "YEAR",
    minimum: rule.minimum ?? null,
    maximum: rule.maximum ?? null,
    packs: (rule.packs ?? []).map((p) => ({ credits: p.credits, price: p.price ?? null, ...guidanceOf(p.guidance) })),
    note: rule.note ?? null,
    editorNote: rule.editorNote ?? null,
    ...guidanceOf(rule.guidance),
  };
}

export function toCalendar(calendar: SupportCalendarInput): NonNullable<PlanDoc["calendar"]> {
  return {
    zones: calendar.zones,
    alwaysOpen: calendar.alwaysOpen ?? false,
    windows: (calendar.windows ?? []).map((w) => ({ days: w.days, start: w.start, end: w.end })),
    holidays: calendar.holidays ?? [],
    note: calendar.note ?? null,
  };
}

/** The plan fields the input gives (pricing, when given, is replaced as a whole). */
export function planChanges(input: PlanInput): Partial<PlanDoc> {
  return given<PlanDoc>({
    key: input.key,
    name: input.name,
    tagline: input.tagline,
    description: input.description,
    forYouIf: field(input.forYouIf, [], same),
    availability: field<Availability[], Availability[]>(input.availability, ["BASE"], same),
    addOnTo: field(input.addOnTo, [], same),
    includedWith: input.includedWith,
    pricing: toRule(input.pricing),
    calendar: field(input.calendar, null, toCalendar),
    limits: field(input.limits, [], (ls) => ls.map((l) => ({ figure: l.figure, comparison: l.comparison, value: l.value }))),
    requiresEdition: field(input.requiresEdition, [], same),
    sla: field(input.slaTargets, {}, toSla),
    authorizedContacts: input.authorizedContacts,
    notes: field(input.notes, [], same),
  });
}

export function toPlan(input: PlanInput): PlanDoc {
  const defaults: Omit<PlanDoc, "key" | "name" | "pricing"> = {
    tagline: null,
    description: null,
    forYouIf: [],
    availability: ["BASE"],
    addOnTo: [],
    includedWith: null,
    calendar: null,
    limits: [],
    requiresEdition: [],
    sla: {},
    authorizedContacts: null,
    notes: [],
  };
  return { ...defaults, ...planChanges(input) } as PlanDoc;
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
