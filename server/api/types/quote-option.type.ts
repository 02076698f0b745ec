/** A quote's option (the chosen plan or an alternative) priced: its lines, discounts, packs, agreed prices, SLA and exclusions. */
import { Field, Int, ObjectType, registerEnumType } from "type-graphql";
import { DISCOUNT_KINDS } from "../../domain/quote.js";
import { DecimalScalar } from "../scalars.js";
import { ExclusionKind } from "./catalog.type.js";
import { QuoteLineKind } from "./engine.type.js";
import { QuoteTimeline } from "./quote-acceptance.type.js";

export const DiscountKind = Object.fromEntries(DISCOUNT_KINDS.map((k) => [k, k])) as { PERCENT: "PERCENT"; AMOUNT: "AMOUNT" };
registerEnumType(DiscountKind, { name: "DiscountKind" });

export const DocumentLineKind = { ...QuoteLineKind, DISCOUNT: "DISCOUNT" } as const;
registerEnumType(DocumentLineKind, { name: "DocumentLineKind" });

@ObjectType()
export class DocumentLine {
  @Field(() => String, { description: 'Names the line within its option: the plan key for plans and add-ons, "pack-100" for packs, "discount-1"...' })
  key: string;

  @Field(() => DocumentLineKind)
  kind: string;

  @Field(() => String, { nullable: true })
  planKey: string | null;

  @Field(() => String)
  label: string;

  @Field(() => String)
  detail: string;

  @Field(() => DecimalScalar, { nullable: true, description: "Negative for discounts; null = price on request." })
  amount: string | null;
}

@ObjectType()
export class SlaRow {
  @Field(() => String)
  priorityKey: string;

  @Field(() => String)
  priorityLabel: string;

  @Field(() => String)
  target: string;
}

@ObjectType()
export class PlanSla {
  @Field(() => String)
  planKey: string;

  @Field(() => String)
  planName: string;

  @Field(() => String, { nullable: true })
  hours: string | null;

  @Field(() => [SlaRow])
  targets: SlaRow[];
}

@ObjectType()
export class ExclusionInForce {
  @Field(() => ExclusionKind)
  kind: string;

  @Field(() => String, { nullable: true })
  heading: string | null;

  @Field(() => String)
  text: string;

  @Field(() => [String])
  planKeys: string[];
}

@ObjectType()
export class AppliedDiscount {
  @Field(() => String, { nullable: true, description: "Key of the line it reduces; null = the option's total." })
  lineKey: string | null;

  @Field(() => Int, { nullable: true, deprecationReason: "Use lineKey." })
  lineIndex: number | null;

  @Field(() => DiscountKind)
  kind: string;

  @Field(() => DecimalScalar)
  value: string;

  @Field(() => String, { nullable: true, description: "What the customer reads beside it." })
  label: string | null;

  @Field(() => String, { nullable: true, description: "Why it was given: staff only; null through a share link." })
  reason: string | null;
}

@ObjectType({ description: "A line a discount can reduce." })
export class DiscountTarget {
  @Field(() => String)
  lineKey: string;

  @Field(() => String)
  label: string;
}

@ObjectType({ description: "An add-on the option's plan takes." })
export class AddOnChoice {
  @Field(() => String)
  planKey: string;

  @Field(() => String)
  name: string;

  @Field(() => Boolean, { description: "It is on the option." })
  chosen: boolean;
}

@ObjectType()
export class OrderedPack {
  @Field(() => Int)
  credits: number;

  @Field(() => Int)
  quantity: number;

  @Field(() => DecimalScalar, { nullable: true, description: "The price per pack agreed for this quote, as given." })
  agreedPrice: string | null;
}

@ObjectType()
export class AgreedPrice {
  @Field(() => String)
  planKey: string;

  @Field(() => DecimalScalar, { description: "For the whole term." })
  amount: string;
}

@ObjectType({ description: "The chosen plan, or one of the alternatives, priced." })
export class QuoteOption {
  @Field(() => String, { nullable: true })
  label: string | null;

  @Field(() => String)
  planKey: string;

  @Field(() => String)
  planName: string;

  @Field(() => [String])
  addOnKeys: string[];

  @Field(() => [DocumentLine])
  lines: DocumentLine[];

  @Field(() => [OrderedPack], { description: "The credit packs ordered, as given." })
  creditPacks: OrderedPack[];

  @Field(() => [AgreedPrice], { description: "Prices agreed for plans priced on request, as given." })
  customPrices: AgreedPrice[];

  @Field(() => [AppliedDiscount])
  discounts: AppliedDiscount[];

  @Field(() => [DiscountTarget], { description: "The priced lines a discount can reduce, by key." })
  discountTargets: DiscountTarget[];

  @Field(() => [AddOnChoice], { description: "The add-ons this option's plan takes, in catalog order." })
  addOnChoices: AddOnChoice[];

  @Field(() => DecimalScalar, { nullable: true, description: "Before discounts." })
  undiscounted: string | null;

  @Field(() => DecimalScalar, { nullable: true })
  total: string | null;

  @Field(() => DecimalScalar, { description: "Percent of the priced lines taken off by the discounts, whatever else is on request." })
  discountPercent: string;

  @Field(() => Boolean)
  eligible: boolean;

  @Field(() => [String])
  reasons: string[];

  @Field(() => [PlanSla])
  sla: PlanSla[];

  @Field(() => [ExclusionInForce])
  exclusions: ExclusionInForce[];

  @Field(() => [String], { description: "The exclusions and warranty clauses the customer acknowledges when accepting this option, as they read them." })
  clauses: string[];

  @Field(() => Int, { nullable: true, description: "How many authorized contacts the option's plan allows; null when the catalog sets no number." })
  authorizedContacts: number | null;

  @Field(() => QuoteTimeline, {
    nullable: true,
    description: "The timeline if this option is chosen: SLA examples under its plan (the quote's timeline gives the accepted or first option's); in a preview, as saving would make it.",
  })
  timeline?: QuoteTimeline | null;
}
