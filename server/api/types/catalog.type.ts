import { Authorized, Field, Int, ObjectType, registerEnumType } from "type-graphql";
import {
  AVAILABILITIES,
  COMPARISONS,
  CREDIT_RULE_KINDS,
  EXCLUSION_KINDS,
  LIMIT_FIGURES,
  PERIODS,
  PRICING_KINDS,
  SLA_UNITS,
  WEEKDAYS,
} from "../../domain/catalog.js";
import { CATALOG_FIGURES } from "../../domain/plan-rules.js";
import { DecimalScalar } from "../scalars.js";
import { enumOf } from "./enum-of.js";
import { ComparisonRow, Feature, FeatureGroup } from "./matrix.type.js";


export const PricingKind = enumOf(PRICING_KINDS);
export const Period = enumOf(PERIODS);
export const PlanAvailability = enumOf(AVAILABILITIES);
export const SlaUnit = enumOf(SLA_UNITS);
export const Weekday = enumOf(WEEKDAYS);
export const LimitFigure = enumOf(LIMIT_FIGURES);
export const Comparison = enumOf(COMPARISONS);
export const ExclusionKind = enumOf(EXCLUSION_KINDS);
export const CreditRuleKind = enumOf(CREDIT_RULE_KINDS);

registerEnumType(PricingKind, { name: "PricingKind", description: "How a plan is priced." });
// API.md names the support term's object type "Period"; the price period enum takes another name.
registerEnumType(Period, { name: "PricePeriod", description: "What a price is for: a year, a month, or once." });
registerEnumType(PlanAvailability, { name: "PlanAvailability", description: "How a plan can be bought." });
registerEnumType(SlaUnit, { name: "SlaUnit", description: "Unit of a response-time target." });
registerEnumType(Weekday, { name: "Weekday" });
registerEnumType(LimitFigure, { name: "LimitFigure", description: "The customer figure an eligibility limit is about." });
registerEnumType(Comparison, { name: "Comparison" });
registerEnumType(ExclusionKind, { name: "ExclusionKind" });
registerEnumType(CreditRuleKind, { name: "CreditRuleKind", description: "How a request category counts credits." });

@ObjectType({ description: "What sales may agree without an admin's approval for a price the catalog does not state." })
export class PriceGuidance {
  @Field(() => DecimalScalar, { description: "The lowest price sales may agree alone." })
  floor: string;

  @Field(() => DecimalScalar, { nullable: true, description: "The list price, the highest sales may agree alone." })
  listPrice: string | null;
}

export const CatalogFigure = enumOf(CATALOG_FIGURES);
registerEnumType(CatalogFigure, { name: "CatalogFigure", description: "A customer figure a catalog's prices, limits or guarantee read." });

@ObjectType({ description: "A prepaid pack of support credits." })
export class CreditPackOption {
  @Field(() => Int)
  credits: number;

  @Field(() => DecimalScalar, { nullable: true, description: "null: the vendor does not publish the price." })
  price: string | null;

  @Authorized("SALES", "ADMIN")
  @Field(() => PriceGuidance, { nullable: true, description: "An unpublished pack's guidance, per pack (signed-in staff only)." })
  guidance: PriceGuidance | null;
}

@ObjectType()
export class PricingRule {
  @Field(() => PricingKind)
  kind: string;

  @Field(() => DecimalScalar, { nullable: true, description: 'Percent per year of the base ("10" is 10%).' })
  percent: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: "FIXED: the amount per period." })
  amount: string | null;

  @Field(() => Period)
  period: string;

  @Field(() => DecimalScalar, { nullable: true, description: "Lowest yearly amount." })
  minimum: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: "Highest yearly amount." })
  maximum: string | null;

  @Field(() => [CreditPackOption])
  packs: CreditPackOption[];

  @Authorized("SALES", "ADMIN")
  @Field(() => PriceGuidance, {
    nullable: true,
    description: "QUOTE_BASED: the guidance for an agreed price, per year, or per occurrence for one-time work (signed-in staff only).",
  })
  guidance: PriceGuidance | null;

  @Field(() => String, { nullable: true, description: "What the vendor says about the price, in the vendor's words." })
  note: string | null;

  @Field(() => String, { nullable: true, description: "What the product adds about the price, in its own voice (not the vendor's)." })
  editorNote: string | null;

  @Field(() => String, { description: 'The rule in words: "10% of the license price a year".' })
  summary: string;
}

@ObjectType()
export class SupportWindow {
  @Field(() => [Weekday])
  days: string[];

  @Field(() => String, { description: '"HH:MM", local time in the chosen zone.' })
  start: string;

  @Field(() => String, { description: '"HH:MM"; "24:00" is midnight at the end of the day.' })
  end: string;
}

@ObjectType({ description: "When a plan's support team works, and in which zones." })
export class SupportCalendar {
  @Field(() => [String], { description: "IANA names or fixed offsets; the first is the default." })
  zones: string[];

  @Field(() => Boolean, { description: "Open round the clock (24/7)." })
  alwaysOpen: boolean;

  @Field(() => [SupportWindow])
  windows: SupportWindow[];

  @Field(() => [String], { description: "Closed dates, YYYY-MM-DD." })
  holidays: string[];

  @Field(() => String, { nullable: true })
  note: string | null;

  @Field(() => String, { description: 'The hours in words: "24/7", "Mon–Fri 06:00–18:00 (America/Los_Angeles)".' })
  summary: string;
}

@ObjectType()
export class EligibilityLimit {
  @Field(() => LimitFigure)
  figure: string;

  @Field(() => Comparison)
  comparison: string;

  @Field(() => DecimalScalar)
  value: string;

  @Field(() => String, { description: 'The limit in words: "less than 10 agents".' })
  text: string;
}

@ObjectType({ description: "A plan's first-response target for one priority." })
export class SlaTarget {
  @Field(() => String)
  priorityKey: string;

  @Field(() => DecimalScalar)
  amount: string;

  @Field(() => SlaUnit)
  unit: string;

  @Field(() => String, { description: '"6 business hours", "30 minutes".' })
  text: string;

  @Field(() => String, { nullable: true })
  note: string | null;
}

@ObjectType({ description: "A tier: a column of the plan matrix." })
export class Plan {
  @Field(() => String)
  key: string;

  @Field(() => String)
  name: string;

  @Field(() => Int, { description: "Display order, from 0." })
  position: number;

  @Field(() => String, { nullable: true })
  tagline: string | null;

  @Field(() => String, { nullable: true })
  description: string | null;

  @Field(() => [String], { description: 'The "This service is for you if you:" bullets.' })
  forYouIf: string[];

  @Field(() => [PlanAvailability])
  availability: string[];

  @Field(() => [String], { description: "Plans this one can be added to." })
  addOnTo: string[];

  @Field(() => String, { nullable: true, description: "What the plan comes included with." })
  includedWith: string | null;

  @Field(() => PricingRule)
  pricing: PricingRule;

  @Field(() => SupportCalendar, { nullable: true })
  calendar: SupportCalendar | null;

  @Field(() => [EligibilityLimit])
  limits: EligibilityLimit[];

  @Field(() => [String], { description: "License editions the plan is sold with; empty = any." })
  requiresEdition: string[];

  @Field(() => [SlaTarget])
  slaTargets: SlaTarget[];

  @Field(() => Int, { nullable: true, description: "How many of the customer's people may submit support cases; null: not stated." })
  authorizedContacts: number | null;

  @Field(() => [String])
  notes: string[];

  @Field(() => Boolean, { description: "Can be taken on its own (BASE or INCLUDED): a tier to compare, request and recommend." })
  isTier: boolean;

  @Field(() => [String], { description: "The add-on plans this plan can take, in catalog order." })
  addOnKeys: string[];

  @Field(() => Boolean, { description: "No published price: agreed per quote, or credit packs without prices." })
  pricedOnRequest: boolean;

  @Field(() => [CatalogFigure], { description: "The customer figures this plan's price and limits read." })
  figures: string[];
}

@ObjectType({ description: 'A "not covered" or "warranty void if" clause.' })
export class Exclusion {
  @Field(() => String)
  text: string;

  @Field(() => [String], { description: "Empty: the whole catalog." })
  planKeys: string[];

  @Field(() => ExclusionKind)
  kind: string;

  @Field(() => String, { nullable: true })
  heading: string | null;
}

@ObjectType()
export class Priority {
  @Field(() => String)
  key: string;

  @Field(() => String)
  label: string;

  @Field(() => String, { nullable: true })
  definition: string | null;

  @Field(() => [String])
  examples: string[];
}

@ObjectType({ description: "Project budgets within the bounds get `days` of free post-project guarantee." })
export class GuaranteeBand {
  @Field(() => Int)
  days: number;

  @Field(() => DecimalScalar)
  min: string;

  @Field(() => Boolean)
  minInclusive: boolean;

  @Field(() => DecimalScalar, { nullable: true, description: "null: no upper bound." })
  max: string | null;

  @Field(() => Boolean)
  maxInclusive: boolean;

  @Field(() => String, { nullable: true, description: 'The band as the vendor words it ("Below $25.000").' })
  label: string | null;
}

@ObjectType({ description: "A kind of request to a credit-based plan, and the credits it uses." })
export class RequestCategory {
  @Field(() => String)
  key: string;

  @Field(() => String)
  label: string;

  @Field(() => String, { nullable: true })
  description: string | null;

  @Field(() => CreditRuleKind)
  creditKind: string;

  @Field(() => Int, { description: "FIXED: the credits; FROM: the minimum; UPGRADE: the base." })
  credits: number;

  @Field(() => Int, { nullable: true })
  perStep: number | null;

  @Field(() => Int, { nullable: true })
  includedSteps: number | null;

  @Field(() => Boolean, { description: "Answered only after the customer confirms the assessment." })
  needsConfirmation: boolean;

  @Field(() => String, { description: '"5 credits", "from 20 credits".' })
  creditsText: string;
}

@ObjectType()
export class LicenseEdition {
  @Field(() => String)
  key: string;

  @Field(() => String)
  label: string;
}

@ObjectType({ description: "A vendor's published plan matrix (its latest published version)." })
export class Catalog {
  /** Internal: the version the relation fields are read from. */
  versionId: string;

  @Field(() => String)
  slug: string;

  @Field(() => Int, { description: "Published version number." })
  version: number;
}

/** Everything a published version shows, formatted once (versions never change). */
export interface CatalogView {
  name: string;
  currency: string;
  description: string | null;
  vendor: string | null;
  publishedAt: Date;
  plans: Plan[];
  featureGroups: FeatureGroup[];
  features: Feature[];
  comparisonRows: ComparisonRow[];
  exclusions: Exclusion[];
  priorities: Priority[];
  guaranteeBands: GuaranteeBand[];
  guaranteeNote: string | null;
  requestCategories: RequestCategory[];
  licenseEditions: LicenseEdition[];
  notes: string[];
  editorNotes: string[];
  figures: string[];
}

