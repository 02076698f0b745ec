/* eslint-disable */
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A calendar date, "2026-12-01". */
  Date: { input: string; output: string; }
  /** An instant, ISO-8601 with an offset on input; written in UTC ("2026-11-02T19:00:00.000Z"). */
  DateTime: { input: string; output: string; }
  /** Exact decimal number as a string in plain notation ("1234.56"). Money carries exactly the currency's minor-unit digits. */
  Decimal: { input: string; output: string; }
  /** The `JSON` scalar type represents JSON values as specified by [ECMA-404](http://www.ecma-international.org/publications/files/ECMA-ST/ECMA-404.pdf). */
  JSON: { input: unknown; output: unknown; }
};

/** NOT_NEEDED: sales may send it; NEEDED: an admin must approve it; REQUESTED: waiting for an admin; APPROVED and REJECTED: an admin's decision on the quote as it stands. */
export type ApprovalState =
  | 'APPROVED'
  | 'NEEDED'
  | 'NOT_NEEDED'
  | 'REJECTED'
  | 'REQUESTED';

/** Someone the customer names to open support cases. */
export type AuthorizedContactInput = {
  email: Scalars['String']['input'];
  name: Scalars['String']['input'];
};

/** A draft support calendar and an example ticket to preview it with. */
export type CalendarPreviewInput = {
  /** The response target the example counts ("4"). */
  amount: Scalars['Decimal']['input'];
  calendar: SupportCalendarInput;
  /** The weekday the example ticket is sent, in the calendar's first zone. */
  day: Weekday;
  /** "HH:MM", local time. */
  time: Scalars['String']['input'];
  unit: SlaUnit;
};

/** The part of a catalog a change is in. */
export type CatalogChangeArea =
  | 'CATALOG'
  | 'CELL'
  | 'EXCLUSION'
  | 'FEATURE'
  | 'FEATURE_GROUP'
  | 'GUARANTEE_BAND'
  | 'LICENSE_EDITION'
  | 'PLAN'
  | 'PRIORITY'
  | 'REQUEST_CATEGORY';

export type CatalogChangeKind =
  | 'ADDED'
  | 'CHANGED'
  | 'REMOVED';

/** A customer figure a catalog's prices, limits or guarantee read. */
export type CatalogFigure =
  | 'AGENTS'
  | 'BOTS'
  | 'GO_LIVE_DATE'
  | 'LICENSE_EDITION'
  | 'LICENSE_PRICE'
  | 'PROJECT_BUDGET'
  | 'TERM_YEARS';

/** Omitted fields keep their value; null clears an optional text. */
export type CatalogInfoInput = {
  /** ISO 4217. */
  currency?: InputMaybe<Scalars['String']['input']>;
  /** Days a new quote stays valid unless the rep sets a date (1-365); instant quotes use it. */
  defaultValidityDays?: InputMaybe<Scalars['Int']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  /** Discount percent above which an admin must approve a quote (0-100). */
  discountApprovalThreshold?: InputMaybe<Scalars['Decimal']['input']>;
  /** Notes in the product's own voice (not the vendor's). */
  editorNotes?: InputMaybe<Array<Scalars['String']['input']>>;
  guaranteeNote?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  notes?: InputMaybe<Array<Scalars['String']['input']>>;
  vendor?: InputMaybe<Scalars['String']['input']>;
};

/** A cell of the matrix. The value follows the row's type: BOOLEAN true/false, NUMBER "5", DURATION {amount, unit}, TEXT and SCHEDULE a text, LIST a list of texts. */
export type CellInput = {
  /** A note in the product's own voice (not the vendor's). */
  editorNote?: InputMaybe<Scalars['String']['input']>;
  note?: InputMaybe<Scalars['String']['input']>;
  /** The cell as the vendor words it, when that differs from the value. */
  text?: InputMaybe<Scalars['String']['input']>;
  /** null only for SCHEDULE rows (the hours come from the plan's calendar). */
  value?: InputMaybe<Scalars['JSON']['input']>;
};

export type Comparison =
  | 'AT_LEAST'
  | 'AT_MOST'
  | 'LESS_THAN'
  | 'MORE_THAN';

/** WEEKDAYS: open time on each of Monday to Friday; EVERY_DAY: on all seven days; ALWAYS: open 24/7. */
export type Coverage =
  | 'ALWAYS'
  | 'EVERY_DAY'
  | 'WEEKDAYS';

export type CreditEstimateInput = {
  catalogSlug: Scalars['String']['input'];
  requests: Array<CreditRequestInput>;
};

export type CreditPackInput = {
  /** A price per pack agreed for a quote, for a pack whose price is not published. */
  agreedPrice?: InputMaybe<Scalars['Decimal']['input']>;
  credits: Scalars['Int']['input'];
  quantity: Scalars['Int']['input'];
};

export type CreditPackOfferInput = {
  credits: Scalars['Int']['input'];
  /** An unpublished pack: the guidance for an agreed price, per pack. */
  guidance?: InputMaybe<PriceGuidanceInput>;
  /** null: the price is not published. */
  price?: InputMaybe<Scalars['Decimal']['input']>;
};

export type CreditRequestInput = {
  categoryKey: Scalars['String']['input'];
  count: Scalars['Int']['input'];
  fromVersion?: InputMaybe<Scalars['String']['input']>;
  /** Upgrade steps, needed across a minor or major version. */
  steps?: InputMaybe<Scalars['Int']['input']>;
  toVersion?: InputMaybe<Scalars['String']['input']>;
};

/** How a request category counts credits. */
export type CreditRuleKind =
  | 'FIXED'
  | 'FROM'
  | 'UPGRADE';

export type CustomPriceInput = {
  /** The agreed amount for the whole term. */
  amount: Scalars['Decimal']['input'];
  planKey: Scalars['String']['input'];
};

export type CustomerInput = {
  company: Scalars['String']['input'];
  email: Scalars['String']['input'];
  /** The contact's name. */
  name: Scalars['String']['input'];
};

export type DiscountInput = {
  kind: DiscountKind;
  /** What the customer reads beside the discount ("Launch offer"); optional. */
  label?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Name the line by lineKey; an index changes when lines move. */
  lineIndex?: InputMaybe<Scalars['Int']['input']>;
  /** Key of the line it reduces (QuoteOption.discountTargets); omitted = the option's total. */
  lineKey?: InputMaybe<Scalars['String']['input']>;
  /** Why it is given: seen by staff only, never by the customer. */
  reason: Scalars['String']['input'];
  /** Percent ("10") or amount ("250.00"). */
  value: Scalars['Decimal']['input'];
};

export type DiscountKind =
  | 'AMOUNT'
  | 'PERCENT';

export type DocumentLineKind =
  | 'ADD_ON'
  | 'CREDIT_PACK'
  | 'DISCOUNT'
  | 'PLAN';

export type EligibilityLimitInput = {
  comparison: Comparison;
  figure: LimitFigure;
  value: Scalars['Decimal']['input'];
};

/** An exclusion clause. Updating: omitted fields keep their value. */
export type ExclusionInput = {
  heading?: InputMaybe<Scalars['String']['input']>;
  /** Default NOT_COVERED. */
  kind?: InputMaybe<ExclusionKind>;
  /** Empty: the whole catalog. */
  planKeys?: InputMaybe<Array<Scalars['String']['input']>>;
  text: Scalars['String']['input'];
};

export type ExclusionKind =
  | 'NOT_COVERED'
  | 'NOT_INCLUDED'
  | 'WARRANTY_VOID';

/** The plan fact a derived row shows: its price, first response for priorities, support hours, authorized contacts or eligibility limits. */
export type FactKind =
  | 'AUTHORIZED_CONTACTS'
  | 'ELIGIBILITY'
  | 'PRICE'
  | 'SLA'
  | 'SUPPORT_HOURS';

/** The plan fact a derived row shows. */
export type FactSourceInput = {
  kind: FactKind;
  /** SLA rows: the priority keys (one, or a group sharing the row). */
  priorityKeys?: InputMaybe<Array<Scalars['String']['input']>>;
};

export type FeatureCellInput = {
  /** A note in the product's own voice (not the vendor's). */
  editorNote?: InputMaybe<Scalars['String']['input']>;
  note?: InputMaybe<Scalars['String']['input']>;
  planKey: Scalars['String']['input'];
  /** The cell as the vendor words it, when that differs from the value. */
  text?: InputMaybe<Scalars['String']['input']>;
  /** null only for SCHEDULE rows (the hours come from the plan's calendar). */
  value?: InputMaybe<Scalars['JSON']['input']>;
};

export type FeatureGroupInput = {
  key: Scalars['String']['input'];
  label: Scalars['String']['input'];
};

/** A row. Updating: omitted fields keep their value (omitting `cells` keeps the row's cells; giving them replaces them all). */
export type FeatureInput = {
  /** One per plan that offers the feature. */
  cells?: InputMaybe<Array<FeatureCellInput>>;
  /** Key of its feature group. */
  group?: InputMaybe<Scalars['String']['input']>;
  key: Scalars['String']['input'];
  label: Scalars['String']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  /** Makes the row derived: each cell shows the plan's fact (price, first response for priorities, support hours, authorized contacts, eligibility). Its cells then give only the vendor's wording (`text`, with {placeholders}) and notes, no value. null: a free-text row. */
  source?: InputMaybe<FactSourceInput>;
  unit?: InputMaybe<Scalars['String']['input']>;
  /** Default BOOLEAN when adding; kept when omitted on update. */
  valueType?: InputMaybe<ValueType>;
};

export type GuaranteeBandInput = {
  days: Scalars['Int']['input'];
  label?: InputMaybe<Scalars['String']['input']>;
  /** null: no upper bound (the last band). */
  max?: InputMaybe<Scalars['Decimal']['input']>;
  maxInclusive: Scalars['Boolean']['input'];
  min: Scalars['Decimal']['input'];
  minInclusive: Scalars['Boolean']['input'];
};

/** A prospect's own quote for a tier with a published price. */
export type InstantQuoteInput = {
  addOnKeys?: InputMaybe<Array<Scalars['String']['input']>>;
  agents?: InputMaybe<Scalars['Int']['input']>;
  bots?: InputMaybe<Scalars['Int']['input']>;
  catalogSlug: Scalars['String']['input'];
  /** 1-200 characters. */
  company: Scalars['String']['input'];
  /** 1-200 characters. */
  contactName: Scalars['String']['input'];
  email: Scalars['String']['input'];
  goLiveDate?: InputMaybe<Scalars['Date']['input']>;
  /** Repeating a request with the same key returns the first receipt. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** The customer's license edition key, for plans sold with given editions. */
  licenseEdition?: InputMaybe<Scalars['String']['input']>;
  licensePrice?: InputMaybe<Scalars['Decimal']['input']>;
  /** At most 4000 characters. */
  message?: InputMaybe<Scalars['String']['input']>;
  /** A plan that can be taken on its own (Plan.isTier). */
  planKey: Scalars['String']['input'];
  projectBudget?: InputMaybe<Scalars['Decimal']['input']>;
  /** 1-10, default 1. */
  termYears?: InputMaybe<Scalars['Int']['input']>;
  /** The prospect's zone (IANA or offset); default: the organisation's. */
  timeZone?: InputMaybe<Scalars['String']['input']>;
};

export type LicenseEditionInput = {
  key: Scalars['String']['input'];
  label: Scalars['String']['input'];
};

/** The customer figure an eligibility limit is about. */
export type LimitFigure =
  | 'AGENTS'
  | 'BOTS'
  | 'LICENSE_PRICE'
  | 'PROJECT_BUDGET';

/** ACCEPTED: the accepted option's total; SINGLE: the one option's total; RANGE: lowest to highest over the alternatives; ON_REQUEST: no priced total. */
export type ListFigureKind =
  | 'ACCEPTED'
  | 'ON_REQUEST'
  | 'RANGE'
  | 'SINGLE';

export type NewUserInput = {
  email: Scalars['String']['input'];
  name: Scalars['String']['input'];
  /** At least 10 characters. */
  password: Scalars['String']['input'];
  role: Role;
};

/** QUEUED: waiting for its first or next try (or for SMTP to be configured); SENT; FAILED: every try failed, none is left. */
export type OutboxStatus =
  | 'FAILED'
  | 'QUEUED'
  | 'SENT';

/** How a plan can be bought. */
export type PlanAvailability =
  | 'ADD_ON'
  | 'BASE'
  | 'INCLUDED';

export type PlanFitInput = {
  agents?: InputMaybe<Scalars['Int']['input']>;
  bots?: InputMaybe<Scalars['Int']['input']>;
  catalogSlug: Scalars['String']['input'];
  coverage?: InputMaybe<Coverage>;
  /** The customer's license edition key, for plans sold with given editions. */
  licenseEdition?: InputMaybe<Scalars['String']['input']>;
  licensePrice?: InputMaybe<Scalars['Decimal']['input']>;
  projectBudget?: InputMaybe<Scalars['Decimal']['input']>;
  response?: InputMaybe<ResponseNeedInput>;
  /** 1-10, default 1. */
  termYears?: InputMaybe<Scalars['Int']['input']>;
};

/** A plan. Adding: omitted fields take their defaults. Updating: omitted fields keep their value, null clears one (an empty list, no calendar); the pricing rule is replaced as a whole. */
export type PlanInput = {
  /** Plans this one can be added to (ADD_ON). */
  addOnTo?: InputMaybe<Array<Scalars['String']['input']>>;
  /** How many of the customer's people may submit support cases; null: not stated. */
  authorizedContacts?: InputMaybe<Scalars['Int']['input']>;
  /** Default [BASE]. */
  availability?: InputMaybe<Array<PlanAvailability>>;
  calendar?: InputMaybe<SupportCalendarInput>;
  description?: InputMaybe<Scalars['String']['input']>;
  /** The "This service is for you if you:" bullets. */
  forYouIf?: InputMaybe<Array<Scalars['String']['input']>>;
  /** What the plan comes included with (INCLUDED). */
  includedWith?: InputMaybe<Scalars['String']['input']>;
  /** Lower-case letters, digits and single hyphens. A new key is carried to cells, add-ons and exclusions. */
  key: Scalars['String']['input'];
  limits?: InputMaybe<Array<EligibilityLimitInput>>;
  name: Scalars['String']['input'];
  notes?: InputMaybe<Array<Scalars['String']['input']>>;
  pricing: PricingRuleInput;
  /** License edition keys the plan is sold with; empty = any. */
  requiresEdition?: InputMaybe<Array<Scalars['String']['input']>>;
  /** At most one per priority. */
  slaTargets?: InputMaybe<Array<SlaTargetInput>>;
  tagline?: InputMaybe<Scalars['String']['input']>;
};

/** A prospect's figures, to price every plan of a catalog at once (planPrices). */
export type PlanPricesInput = {
  agents?: InputMaybe<Scalars['Int']['input']>;
  bots?: InputMaybe<Scalars['Int']['input']>;
  catalogSlug: Scalars['String']['input'];
  goLiveDate?: InputMaybe<Scalars['Date']['input']>;
  /** The customer's license edition key, for plans sold with given editions. */
  licenseEdition?: InputMaybe<Scalars['String']['input']>;
  licensePrice?: InputMaybe<Scalars['Decimal']['input']>;
  projectBudget?: InputMaybe<Scalars['Decimal']['input']>;
  /** 1-10, default 1. */
  termYears?: InputMaybe<Scalars['Int']['input']>;
};

/** What sales may agree without an admin's approval for a price the catalog does not state. */
export type PriceGuidanceInput = {
  /** The lowest price sales may agree alone. */
  floor: Scalars['Decimal']['input'];
  /** The list price: the highest price sales may agree alone. */
  listPrice?: InputMaybe<Scalars['Decimal']['input']>;
};

/** What a price is for: a year, a month, or once. */
export type PricePeriod =
  | 'MONTH'
  | 'ONE_TIME'
  | 'YEAR';

export type PriceQuoteInput = {
  addOnKeys?: InputMaybe<Array<Scalars['String']['input']>>;
  agents?: InputMaybe<Scalars['Int']['input']>;
  bots?: InputMaybe<Scalars['Int']['input']>;
  catalogSlug: Scalars['String']['input'];
  creditPacks?: InputMaybe<Array<CreditPackInput>>;
  customPrices?: InputMaybe<Array<CustomPriceInput>>;
  goLiveDate?: InputMaybe<Scalars['Date']['input']>;
  /** The customer's license edition key, for plans sold with given editions. */
  licenseEdition?: InputMaybe<Scalars['String']['input']>;
  licensePrice?: InputMaybe<Scalars['Decimal']['input']>;
  planKey: Scalars['String']['input'];
  projectBudget?: InputMaybe<Scalars['Decimal']['input']>;
  /** 1-10, default 1. */
  termYears?: InputMaybe<Scalars['Int']['input']>;
};

/** How a plan is priced. */
export type PricingKind =
  | 'CREDIT_PACKS'
  | 'FIXED'
  | 'INCLUDED'
  | 'PERCENT_OF_LICENSE'
  | 'PERCENT_OF_PROJECT_BUDGET'
  | 'QUOTE_BASED';

export type PricingRuleInput = {
  /** FIXED: the amount per period. */
  amount?: InputMaybe<Scalars['Decimal']['input']>;
  /** What the product adds about the price, in its own voice. */
  editorNote?: InputMaybe<Scalars['String']['input']>;
  /** QUOTE_BASED: the guidance for an agreed price, per year (per occurrence for one-time work). */
  guidance?: InputMaybe<PriceGuidanceInput>;
  kind: PricingKind;
  /** Highest yearly amount (percent and fixed rules). */
  maximum?: InputMaybe<Scalars['Decimal']['input']>;
  /** Lowest yearly amount (percent and fixed rules). */
  minimum?: InputMaybe<Scalars['Decimal']['input']>;
  /** What the vendor says about the price, in the vendor's words. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** CREDIT_PACKS: the packs on sale. */
  packs?: InputMaybe<Array<CreditPackOfferInput>>;
  /** PERCENT_* rules: percent per year ("10" is 10%). */
  percent?: InputMaybe<Scalars['Decimal']['input']>;
  /** Default YEAR. */
  period?: InputMaybe<PricePeriod>;
};

/** A priority. Updating: omitted fields keep their value. */
export type PriorityInput = {
  definition?: InputMaybe<Scalars['String']['input']>;
  examples?: InputMaybe<Array<Scalars['String']['input']>>;
  /** A new key is carried to every plan's response target. */
  key: Scalars['String']['input'];
  label: Scalars['String']['input'];
};

/** What the signed-in user may do with a quote now. SEND_PRICE_TO_BE_AGREED: send it with lines on request, marked "price to be agreed". */
export type QuoteAction =
  | 'APPROVE'
  | 'ASSIGN'
  | 'EDIT'
  | 'REJECT'
  | 'REQUEST_APPROVAL'
  | 'REVISE'
  | 'SEND'
  | 'SEND_PRICE_TO_BE_AGREED'
  | 'SHARE';

/** Narrows the quote list; every condition given must hold. */
export type QuoteFilterInput = {
  /** Drafts waiting for an admin's approval: the approval queue. */
  awaitingApproval?: InputMaybe<Scalars['Boolean']['input']>;
  /** Sent quotes whose last valid day is at most this many days away (7: expiring within a week). */
  expiringWithinDays?: InputMaybe<Scalars['Int']['input']>;
  /** Only the signed-in user's own quotes. */
  mine?: InputMaybe<Scalars['Boolean']['input']>;
  /** Quotes this user owns. */
  ownerId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<QuoteStatus>;
};

export type QuoteInput = {
  agents?: InputMaybe<Scalars['Int']['input']>;
  bots?: InputMaybe<Scalars['Int']['input']>;
  catalogSlug: Scalars['String']['input'];
  customer: CustomerInput;
  goLiveDate?: InputMaybe<Scalars['Date']['input']>;
  /** The customer's license edition key, for plans sold with given editions. */
  licenseEdition?: InputMaybe<Scalars['String']['input']>;
  licensePrice?: InputMaybe<Scalars['Decimal']['input']>;
  /** One chosen plan, or two to four alternatives (good / better / best). */
  options: Array<QuoteOptionInput>;
  projectBudget?: InputMaybe<Scalars['Decimal']['input']>;
  /** 1-10, default 1. */
  termYears?: InputMaybe<Scalars['Int']['input']>;
  /** Zone of the validity date; default: the organisation's. */
  timeZone?: InputMaybe<Scalars['String']['input']>;
  /** Valid through the end of this day in the quote's zone; default: the catalog's defaultValidityDays on (30 unless set). */
  validUntil?: InputMaybe<Scalars['Date']['input']>;
};

export type QuoteLineKind =
  | 'ADD_ON'
  | 'CREDIT_PACK'
  | 'PLAN';

export type QuoteOptionInput = {
  addOnKeys?: InputMaybe<Array<Scalars['String']['input']>>;
  creditPacks?: InputMaybe<Array<CreditPackInput>>;
  customPrices?: InputMaybe<Array<CustomPriceInput>>;
  discounts?: InputMaybe<Array<DiscountInput>>;
  /** "Good", "Better", "Best": needed when there are alternatives. */
  label?: InputMaybe<Scalars['String']['input']>;
  planKey: Scalars['String']['input'];
};

/** A prospect's request for a quote, with the figures on the page they asked from. */
export type QuoteRequestInput = {
  addOnKeys?: InputMaybe<Array<Scalars['String']['input']>>;
  agents?: InputMaybe<Scalars['Int']['input']>;
  bots?: InputMaybe<Scalars['Int']['input']>;
  catalogSlug: Scalars['String']['input'];
  /** 1-200 characters. */
  company: Scalars['String']['input'];
  /** 1-200 characters. */
  contactName: Scalars['String']['input'];
  email: Scalars['String']['input'];
  goLiveDate?: InputMaybe<Scalars['Date']['input']>;
  /** Repeating a request with the same key returns the first receipt. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** The customer's license edition key, for plans sold with given editions. */
  licenseEdition?: InputMaybe<Scalars['String']['input']>;
  licensePrice?: InputMaybe<Scalars['Decimal']['input']>;
  /** At most 4000 characters. */
  message?: InputMaybe<Scalars['String']['input']>;
  /** A plan that can be taken on its own (Plan.isTier). */
  planKey: Scalars['String']['input'];
  projectBudget?: InputMaybe<Scalars['Decimal']['input']>;
  /** 1-10, default 1. */
  termYears?: InputMaybe<Scalars['Int']['input']>;
};

/** OPEN: nobody has it yet; TAKEN: a rep answers it; CLOSED: without a quote; CONVERTED: it became a draft quote. */
export type QuoteRequestStatus =
  | 'CLOSED'
  | 'CONVERTED'
  | 'OPEN'
  | 'TAKEN';

/** DRAFT -> SENT -> ACCEPTED / DECLINED / EXPIRED; a revised quote is SUPERSEDED by its new draft. */
export type QuoteStatus =
  | 'ACCEPTED'
  | 'DECLINED'
  | 'DRAFT'
  | 'EXPIRED'
  | 'SENT'
  | 'SUPERSEDED';

/** A request category. Updating: omitted fields keep their value; the credit rule is replaced as a whole. */
export type RequestCategoryInput = {
  creditKind: CreditRuleKind;
  /** FIXED: the credits; FROM: the minimum; UPGRADE: the base. */
  credits: Scalars['Int']['input'];
  description?: InputMaybe<Scalars['String']['input']>;
  /** UPGRADE: patch versions the base covers. */
  includedSteps?: InputMaybe<Scalars['Int']['input']>;
  key: Scalars['String']['input'];
  label: Scalars['String']['input'];
  /** Work starts after the customer confirms the assessment. Default false. */
  needsConfirmation?: InputMaybe<Scalars['Boolean']['input']>;
  /** UPGRADE: credits per further patch version. */
  perStep?: InputMaybe<Scalars['Int']['input']>;
};

/** A response need: "priority P answered within W U". */
export type ResponseNeedInput = {
  priorityKey: Scalars['String']['input'];
  unit: SlaUnit;
  /** Above 0, at most 100000. */
  within: Scalars['Decimal']['input'];
};

/** ADMIN edits catalogs, manages users and approves discounts; SALES builds and sends quotes. */
export type Role =
  | 'ADMIN'
  | 'SALES';

export type SettingsInput = {
  /** The user who owns quotes prospects make themselves. */
  instantQuoteOwnerId?: InputMaybe<Scalars['ID']['input']>;
  timeZone?: InputMaybe<Scalars['String']['input']>;
};

export type SlaDueInput = {
  catalogSlug: Scalars['String']['input'];
  planKey: Scalars['String']['input'];
  priorityKey: Scalars['String']['input'];
  submittedAt: Scalars['DateTime']['input'];
  /** IANA name or fixed offset; default: the calendar's first zone. */
  timeZone?: InputMaybe<Scalars['String']['input']>;
};

export type SlaTargetInput = {
  amount: Scalars['Decimal']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  priorityKey: Scalars['String']['input'];
  unit: SlaUnit;
};

/** Unit of a response-time target. */
export type SlaUnit =
  | 'BUSINESS_HOURS'
  | 'CALENDAR_DAYS'
  | 'CALENDAR_HOURS'
  | 'CALENDAR_MINUTES';

export type SupportCalendarInput = {
  /** Open 24/7. Default false. */
  alwaysOpen?: InputMaybe<Scalars['Boolean']['input']>;
  /** Closed days, YYYY-MM-DD. */
  holidays?: InputMaybe<Array<Scalars['String']['input']>>;
  note?: InputMaybe<Scalars['String']['input']>;
  windows?: InputMaybe<Array<SupportWindowInput>>;
  /** IANA names or fixed offsets ("+01:00"); the first is the default. */
  zones: Array<Scalars['String']['input']>;
};

export type SupportWindowInput = {
  days: Array<Weekday>;
  /** "HH:MM"; "24:00" is the end of the day. */
  end: Scalars['String']['input'];
  /** "HH:MM" local time. */
  start: Scalars['String']['input'];
};

export type UserChangesInput = {
  /** A disabled user cannot sign in; their sessions end. */
  disabled?: InputMaybe<Scalars['Boolean']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  /** Sets a new password; the user's sessions end. */
  password?: InputMaybe<Scalars['String']['input']>;
  role?: InputMaybe<Role>;
};

/** What a feature row's cells hold. */
export type ValueType =
  | 'BOOLEAN'
  | 'DURATION'
  | 'LIST'
  | 'NUMBER'
  | 'SCHEDULE'
  | 'TEXT';

export type Weekday =
  | 'FRI'
  | 'MON'
  | 'SAT'
  | 'SUN'
  | 'THU'
  | 'TUE'
  | 'WED';

export type CatalogsQueryVariables = Exact<{ [key: string]: never; }>;


export type CatalogsQuery = { catalogs: Array<{ __typename?: 'Catalog', slug: string, version: number, name: string, description: string | null, plans: Array<{ __typename?: 'Plan', key: string, name: string, pricing: { __typename?: 'PricingRule', summary: string } }> }> };

export type PlanPriceFragment = { __typename?: 'PricedQuote', total: string | null, eligible: boolean, reasons: Array<string>, instantQuote: boolean, guarantee: { __typename?: 'Guarantee', days: number, startsOn: string | null, endsOn: string | null } | null, supportPeriod: { __typename?: 'Period', startsOn: string, endsOn: string } | null };

export type PlanPricesQueryVariables = Exact<{
  input: PlanPricesInput;
}>;


export type PlanPricesQuery = { planPrices: Array<{ __typename?: 'PricedPlan', planKey: string, unpricedReason: string | null, quote: { __typename?: 'PricedQuote', total: string | null, eligible: boolean, reasons: Array<string>, instantQuote: boolean, guarantee: { __typename?: 'Guarantee', days: number, startsOn: string | null, endsOn: string | null } | null, supportPeriod: { __typename?: 'Period', startsOn: string, endsOn: string } | null } | null }> };

export type SessionUserFragment = { __typename?: 'User', id: string, email: string, name: string, role: Role };

export const PlanPriceFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanPrice"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PricedQuote"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"eligible"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}},{"kind":"Field","name":{"kind":"Name","value":"instantQuote"}},{"kind":"Field","name":{"kind":"Name","value":"guarantee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"days"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"supportPeriod"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}}]}}]}}]} as unknown as DocumentNode<PlanPriceFragment, unknown>;
export const SessionUserFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionUser"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]} as unknown as DocumentNode<SessionUserFragment, unknown>;
export const CatalogsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Catalogs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"catalogs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"plans"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"pricing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"summary"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CatalogsQuery, CatalogsQueryVariables>;
export const PlanPricesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlanPrices"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PlanPricesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"planPrices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"planKey"}},{"kind":"Field","name":{"kind":"Name","value":"unpricedReason"}},{"kind":"Field","name":{"kind":"Name","value":"quote"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanPrice"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanPrice"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PricedQuote"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"eligible"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}},{"kind":"Field","name":{"kind":"Name","value":"instantQuote"}},{"kind":"Field","name":{"kind":"Name","value":"guarantee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"days"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"supportPeriod"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}}]}}]}}]} as unknown as DocumentNode<PlanPricesQuery, PlanPricesQueryVariables>;