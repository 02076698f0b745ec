import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../context.js";
import { DateTimeScalar } from "../scalars.js";
import {
  Catalog,
  CatalogFigure,
  Exclusion,
  GuaranteeBand,
  LicenseEdition,
  Plan,
  Priority,
  RequestCategory,
  type CatalogView,
} from "../types/catalog.type.js";
import { ComparisonRow, Feature, FeatureGroup } from "../types/matrix.type.js";

@Resolver(() => Catalog)
export class CatalogResolver {
  @Query(() => [Catalog], { description: "Published catalogs, by name." })
  catalogs(@Ctx() ctx: Context): Promise<Catalog[]> {
    return ctx.services.catalogs.listPublished();
  }

  @Query(() => Catalog, { nullable: true, description: "A published catalog; null when unknown or unpublished." })
  catalog(@Arg("slug", () => String) slug: string, @Ctx() ctx: Context): Promise<Catalog | null> {
    return ctx.services.catalogs.findPublished(slug);
  }

  private view(root: Catalog, ctx: Context): Promise<CatalogView> {
    return ctx.loaders.catalogView.load(root.versionId);
  }

  @FieldResolver(() => String)
  async name(@Root() root: Catalog, @Ctx() ctx: Context) {
    return (await this.view(root, ctx)).name;
  }

  @FieldResolver(() => String, { description: "ISO 4217, e.g. USD." })
  async currency(@Root() root: Catalog, @Ctx() ctx: Context) {
    return (await this.view(root, ctx)).currency;
  }

  @FieldResolver(() => String, { nullable: true })
  async description(@Root() root: Catalog, @Ctx() ctx: Context) {
    return (await this.view(root, ctx)).description;
  }

  @FieldResolver(() => String, { nullable: true })
  async vendor(@Root() root: Catalog, @Ctx() ctx: Context) {
    return (await this.view(root, ctx)).vendor;
  }

  @FieldResolver(() => DateTimeScalar)
  async publishedAt(@Root() root: Catalog, @Ctx() ctx: Context) {
    return (await this.view(root, ctx)).publishedAt;
  }

  @FieldResolver(() => [Plan], { description: "In display order." })
  async plans(@Root() root: Catalog, @Ctx() ctx: Context) {
    return (await this.view(root, ctx)).plans;
  }

  @FieldResolver(() => [FeatureGroup])
  async featureGroups(@Root() root: Catalog, @Ctx() ctx: Context) {
    return (await this.view(root, ctx)).featureGroups;
  }

  @FieldResolver(() => [Feature], { description: "Rows, in display order." })
  async features(@Root() root: Catalog, @Ctx() ctx: Context) {
    return (await this.view(root, ctx)).features;
  }

  @FieldResolver(() => [ComparisonRow], {
    description:
      "The public comparison's rows in display order: the catalog's rows by group, then the support hours and each priority's first response read from the plans, unless a row already shows them.",
  })
  async comparisonRows(@Root() root: Catalog, @Ctx() ctx: Context) {
    return (await this.view(root, ctx)).comparisonRows;
  }

  @FieldResolver(() => [Exclusion])
  async exclusions(@Root() root: Catalog, @Ctx() ctx: Context) {
    return (await this.view(root, ctx)).exclusions;
  }

  @FieldResolver(() => [Priority])
  async priorities(@Root() root: Catalog, @Ctx() ctx: Context) {
    return (await this.view(root, ctx)).priorities;
  }

  @FieldResolver(() => [GuaranteeBand], { description: "Ascending by budget; empty when the catalog has none." })
  async guaranteeBands(@Root() root: Catalog, @Ctx() ctx: Context) {
    return (await this.view(root, ctx)).guaranteeBands;
  }

  @FieldResolver(() => String, { nullable: true })
  async guaranteeNote(@Root() root: Catalog, @Ctx() ctx: Context) {
    return (await this.view(root, ctx)).guaranteeNote;
  }

  @FieldResolver(() => [RequestCategory])
  async requestCategories(@Root() root: Catalog, @Ctx() ctx: Context) {
    return (await this.view(root, ctx)).requestCategories;
  }

  @FieldResolver(() => [LicenseEdition])
  async licenseEditions(@Root() root: Catalog, @Ctx() ctx: Context) {
    return (await this.view(root, ctx)).licenseEditions;
  }

  @FieldResolver(() => [String], { description: "The vendor's notes, in the vendor's words." })
  async notes(@Root() root: Catalog, @Ctx() ctx: Context) {
    return (await this.view(root, ctx)).notes;
  }

  @FieldResolver(() => [String], { description: "Notes in the product's own voice (explanations the vendor did not write)." })
  async editorNotes(@Root() root: Catalog, @Ctx() ctx: Context) {
    return (await this.view(root, ctx)).editorNotes;
  }

  @FieldResolver(() => [CatalogFigure], {
    description:
      "The customer figures worth asking for: those the plans' prices and limits read; budget and go-live for guarantee bands; go-live when a plan is paid by the term (the support period counts from it).",
  })
  async figures(@Root() root: Catalog, @Ctx() ctx: Context) {
    return (await this.view(root, ctx)).figures;
  }
}
