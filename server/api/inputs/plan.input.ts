/** Catalog editor inputs for a plan: its pricing rule, eligibility limits and response targets. */
import { Field, InputType, Int } from "type-graphql";
import type {
  Availability,
  Comparison as ComparisonDoc,
  LimitFigure as LimitFigureDoc,
  Period as PeriodDoc,
  Plan as PlanDoc,
  PricingKind as PricingKindDoc,
  SlaTarget as SlaTargetDoc,
  SlaUnit as SlaUnitDoc,
} from "../../domain/catalog.js";
import { badInput } from "../../domain/errors.js";
import { DecimalScalar } from "../scalars.js";
import { Comparison, LimitFigure, Period, PlanAvailability, PricingKind, SlaUnit } from "../types/catalog.type.js";
import { field, given, same } from "./document-changes.js";
import { SupportCalendarInput, toCalendar } from "./support-calendar.input.js";

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
