import { GraphQLJSON } from "graphql-scalars";
import { Field, Int, ObjectType, registerEnumType } from "type-graphql";
import { CHANGE_AREAS, CHANGE_KINDS } from "../../domain/catalog-diff.js";
import { DateTimeScalar, DecimalScalar } from "../scalars.js";
import {
  Exclusion,
  GuaranteeBand,
  LicenseEdition,
  Plan,
  Priority,
  RequestCategory,
} from "./catalog.type.js";
import { Feature, FeatureGroup } from "./matrix.type.js";

export const CatalogChangeKind = Object.fromEntries(CHANGE_KINDS.map((k) => [k, k])) as { [K in (typeof CHANGE_KINDS)[number]]: K };
export const CatalogChangeArea = Object.fromEntries(CHANGE_AREAS.map((k) => [k, k])) as { [K in (typeof CHANGE_AREAS)[number]]: K };
registerEnumType(CatalogChangeKind, { name: "CatalogChangeKind" });
registerEnumType(CatalogChangeArea, { name: "CatalogChangeArea", description: "The part of a catalog a change is in." });

@ObjectType({ description: "Something that keeps a draft from being published, at its place in the document." })
export class CatalogProblem {
  @Field(() => String, { description: 'Path in the catalog document: "plans[1].pricing.percent".' })
  path: string;

  @Field(() => String)
  message: string;

  @Field(() => Boolean, { description: "A warning: worth fixing, but it does not keep the draft from being published." })
  warning: boolean;
}

@ObjectType({ description: "A catalog as admins list it, published or not." })
export class AdminCatalog {
  @Field(() => String)
  slug: string;

  @Field(() => String, { description: "The draft's name." })
  name: string;

  @Field(() => String)
  currency: string;

  @Field(() => Int, { description: "The draft's revision: pass it with every edit." })
  revision: number;

  @Field(() => Int, { nullable: true, description: "Latest published version; null before the first publish." })
  publishedVersion: number | null;

  @Field(() => Boolean, { description: "The draft differs from the latest published version (true before the first publish)." })
  hasUnpublishedChanges: boolean;

  @Field(() => Int, { description: "Problems that keep the draft from being published." })
  problemCount: number;

  @Field(() => DecimalScalar, { description: "Discount percent above which an admin must approve a quote." })
  discountApprovalThreshold: string;

  @Field(() => Int, { description: "Days a new quote stays valid unless the rep sets a date; instant quotes use it." })
  defaultValidityDays: number;

  @Field(() => DateTimeScalar)
  updatedAt: Date;
}

@ObjectType({ description: "A catalog formatted as the public page shows it." })
export class CatalogPreview {
  @Field(() => String)
  name: string;

  @Field(() => String)
  currency: string;

  @Field(() => String, { nullable: true })
  description: string | null;

  @Field(() => String, { nullable: true })
  vendor: string | null;

  @Field(() => [Plan])
  plans: Plan[];

  @Field(() => [FeatureGroup])
  featureGroups: FeatureGroup[];

  @Field(() => [Feature])
  features: Feature[];

  @Field(() => [Exclusion])
  exclusions: Exclusion[];

  @Field(() => [Priority])
  priorities: Priority[];

  @Field(() => [GuaranteeBand])
  guaranteeBands: GuaranteeBand[];

  @Field(() => String, { nullable: true })
  guaranteeNote: string | null;

  @Field(() => [RequestCategory])
  requestCategories: RequestCategory[];

  @Field(() => [LicenseEdition])
  licenseEditions: LicenseEdition[];

  @Field(() => [String])
  notes: string[];

  @Field(() => [String], { description: "Notes in the product's own voice." })
  editorNotes: string[];
}

@ObjectType({ description: "A catalog's draft, as the editor works on it." })
export class CatalogDraft {
  @Field(() => String)
  slug: string;

  @Field(() => Int, { description: "Pass it with the next edit; an edit made on an older revision is refused (CONFLICT)." })
  revision: number;

  @Field(() => Int, { nullable: true })
  publishedVersion: number | null;

  @Field(() => Int, { description: "The version number publishing this draft makes." })
  nextVersion: number;

  @Field(() => Boolean, { description: "No problem but warnings is left: the draft can be published as it stands." })
  canPublish: boolean;

  @Field(() => DecimalScalar)
  discountApprovalThreshold: string;

  @Field(() => Int, { description: "Days a new quote stays valid unless the rep sets a date; instant quotes use it." })
  defaultValidityDays: number;

  @Field(() => GraphQLJSON, { description: "The draft as a catalog document (the import and export format)." })
  document: unknown;

  @Field(() => [CatalogProblem], { description: "What is left to fix: errors (publishing waits for them) and warnings (it does not)." })
  problems: CatalogProblem[];

  @Field(() => CatalogPreview, { nullable: true, description: "The draft formatted as it would be published; null while a problem keeps it from being formatted." })
  preview: CatalogPreview | null;
}

@ObjectType()
export class CatalogVersionInfo {
  @Field(() => Int)
  number: number;

  @Field(() => DateTimeScalar)
  publishedAt: Date;

  @Field(() => String, { nullable: true, description: "Email of the admin who published it; null for the demo data." })
  publishedBy: string | null;
}

@ObjectType({ description: "A published version, as a document and as the public page shows it." })
export class AdminCatalogVersion extends CatalogVersionInfo {
  @Field(() => GraphQLJSON)
  document: unknown;

  @Field(() => CatalogPreview)
  view: CatalogPreview;
}

@ObjectType({ description: "One difference between two versions of a catalog." })
export class CatalogChange {
  @Field(() => CatalogChangeArea)
  area: string;

  @Field(() => String, { description: 'A plan or row key; "row/plan" for a cell; a field name; a position for bands and exclusions; "order".' })
  key: string;

  @Field(() => CatalogChangeKind)
  kind: string;

  @Field(() => String, { description: '"Business · Phone support: ✗ → ✓", "Business: 10% → 12% of the license price".' })
  summary: string;

  @Field(() => GraphQLJSON, { nullable: true })
  before: unknown;

  @Field(() => GraphQLJSON, { nullable: true })
  after: unknown;
}

@ObjectType()
export class CatalogDiff {
  @Field(() => Int)
  from: number;

  @Field(() => Int, { nullable: true, description: "null: the current draft." })
  to: number | null;

  @Field(() => [CatalogChange], { description: "Empty when the two are the same." })
  changes: CatalogChange[];
}
