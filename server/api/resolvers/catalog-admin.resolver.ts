import { GraphQLJSON } from "graphql-scalars";
import { Arg, Authorized, Ctx, Int, Mutation, Query, Resolver } from "type-graphql";
import type { DraftState } from "../../services/catalog-admin.service.js";
import type { Context } from "../context.js";
import { CatalogInfoInput, GuaranteeBandInput, LicenseEditionInput, toBand, toEdition, toInfoChanges } from "../inputs/catalog-admin.input.js";
import { CellInput, FeatureGroupInput, FeatureInput, featureChanges, toCell, toFeature, toGroup } from "../inputs/matrix.input.js";
import { PlanInput, planChanges, toPlan } from "../inputs/plan.input.js";
import { ExclusionInput, PriorityInput, RequestCategoryInput, categoryChanges, exclusionChanges, priorityChanges, toCategory, toExclusion, toPriority } from "../inputs/terms.input.js";
import { AdminCatalog, AdminCatalogVersion, CatalogDiff, CatalogDraft, CatalogVersionInfo, type CatalogPreview } from "../types/catalog-admin.type.js";
import { toCatalogView } from "../views.js";
import { nextVersionNumber } from "../../services/catalog.service.js";

/** The draft formatted as it would be published; null when it is too incomplete to format. */
function previewOf(state: DraftState): CatalogPreview | null {
  try {
    return toCatalogView({ id: "", catalogId: "", number: 0, publishedAt: new Date(0), publishedBy: null, catalog: state.catalog });
  } catch {
    return null;
  }
}

function toDraft(state: DraftState): CatalogDraft {
  return {
    slug: state.slug,
    revision: state.revision,
    publishedVersion: state.publishedVersion,
    nextVersion: nextVersionNumber(state.publishedVersion),
    canPublish: state.problems.every((p) => p.warning === true),
    discountApprovalThreshold: state.discountApprovalThreshold,
    defaultValidityDays: state.defaultValidityDays,
    document: state.catalog,
    problems: state.problems.map((p) => ({ path: p.path, message: p.message, warning: p.warning ?? false })),
    preview: previewOf(state),
  };
}

const Slug = () => Arg("slug", () => String);
const Revision = () => Arg("revision", () => Int, { description: "The draft revision the edit was made on." });
const Key = () => Arg("key", () => String);
const Position = () => Arg("position", () => Int, { nullable: true, description: "Index from 0; default: the end." });
const MoveTo = () => Arg("position", () => Int, { description: "The new index, from 0." });

/** Catalog administration (ADMIN only): drafts, publishing, versions, import and export. */
@Resolver()
export class CatalogAdminResolver {
  @Authorized("ADMIN")
  @Query(() => [AdminCatalog], { description: "Every catalog that is not deleted, published or not, by slug." })
  adminCatalogs(@Ctx() ctx: Context): Promise<AdminCatalog[]> {
    return ctx.services.catalogAdmin.list();
  }

  @Authorized("ADMIN")
  @Query(() => CatalogDraft)
  async catalogDraft(@Slug() slug: string, @Ctx() ctx: Context): Promise<CatalogDraft> {
    return toDraft(await ctx.services.catalogAdmin.draft(slug));
  }

  @Authorized("ADMIN")
  @Query(() => [CatalogVersionInfo], { description: "Published versions, newest first." })
  catalogVersions(@Slug() slug: string, @Ctx() ctx: Context): Promise<CatalogVersionInfo[]> {
    return ctx.services.catalogVersions.versions(slug);
  }

  @Authorized("ADMIN")
  @Query(() => AdminCatalogVersion)
  async catalogVersion(@Slug() slug: string, @Arg("number", () => Int) number: number, @Ctx() ctx: Context): Promise<AdminCatalogVersion> {
    const found = await ctx.services.catalogVersions.version(slug, number);
    return { ...found, document: found.version.catalog, view: await ctx.loaders.catalogView.load(found.version.id) };
  }

  @Authorized("ADMIN")
  @Query(() => CatalogDiff, { description: "What changed from one published version to another, or to the current draft when `to` is omitted." })
  catalogDiff(
    @Slug() slug: string,
    @Arg("from", () => Int) from: number,
    @Ctx() ctx: Context,
    @Arg("to", () => Int, { nullable: true, description: "A version number; omitted or null: the current draft." }) to?: number | null,
  ): Promise<CatalogDiff> {
    return ctx.services.catalogVersions.diff(slug, from, to ?? null);
  }

  @Authorized("ADMIN")
  @Query(() => GraphQLJSON, { description: "The catalog document in the import format: a published version, or the draft when `version` is omitted." })
  exportCatalog(@Slug() slug: string, @Ctx() ctx: Context, @Arg("version", () => Int, { nullable: true }) version?: number | null): Promise<unknown> {
    return ctx.services.catalogImports.export(slug, version ?? null);
  }

  // Catalogs

  @Authorized("ADMIN")
  @Mutation(() => AdminCatalog, { description: "A new catalog with an empty draft; publish it once it has plans." })
  createCatalog(
    @Slug() slug: string,
    @Arg("name", () => String) name: string,
    @Arg("currency", () => String) currency: string,
    @Ctx() ctx: Context,
    @Arg("description", () => String, { nullable: true }) description?: string | null,
  ): Promise<AdminCatalog> {
    return ctx.services.catalogAdmin.create(ctx.viewer!, { slug, name, currency, description: description ?? null });
  }

  @Authorized("ADMIN")
  @Mutation(() => CatalogDraft)
  async updateCatalogInfo(@Slug() slug: string, @Revision() revision: number, @Arg("info", () => CatalogInfoInput) info: CatalogInfoInput, @Ctx() ctx: Context) {
    return toDraft(await ctx.services.catalogDrafts.updateInfo(ctx.viewer!, slug, revision, toInfoChanges(info)));
  }

  @Authorized("ADMIN")
  @Mutation(() => AdminCatalog, { description: "A new, unpublished catalog whose draft is a copy of this one's draft." })
  cloneCatalog(
    @Slug() slug: string,
    @Arg("newSlug", () => String) newSlug: string,
    @Arg("newName", () => String) newName: string,
    @Ctx() ctx: Context,
  ): Promise<AdminCatalog> {
    return ctx.services.catalogAdmin.clone(ctx.viewer!, slug, newSlug, newName);
  }

  @Authorized("ADMIN")
  @Mutation(() => Boolean, { description: "Hides the catalog everywhere and frees its slug; published versions stay for the quotes made from them." })
  deleteCatalog(@Slug() slug: string, @Ctx() ctx: Context): Promise<boolean> {
    return ctx.services.catalogAdmin.delete(ctx.viewer!, slug);
  }

  @Authorized("ADMIN")
  @Mutation(() => AdminCatalog, { description: "Publishes the draft as the next version; refused while the draft has problems (each is listed)." })
  publishCatalog(@Slug() slug: string, @Revision() revision: number, @Ctx() ctx: Context): Promise<AdminCatalog> {
    return ctx.services.catalogVersions.publish(ctx.viewer!, slug, revision);
  }

  @Authorized("ADMIN")
  @Mutation(() => AdminCatalog, {
    description:
      "Imports a catalog document (the exportCatalog format), which must be publishable: a new catalog, or the new draft of the catalog with its slug when `replaceDraftOf` is that draft's current revision.",
  })
  importCatalog(
    @Arg("document", () => GraphQLJSON) document: unknown,
    @Ctx() ctx: Context,
    @Arg("slug", () => String, { nullable: true, description: "Import under this slug instead of the document's." }) slug?: string | null,
    @Arg("replaceDraftOf", () => Int, { nullable: true, description: "The current revision of the draft to replace." }) replaceDraftOf?: number | null,
    @Arg("publish", () => Boolean, { defaultValue: false, description: "Publish it in the same transaction." }) publish?: boolean,
  ): Promise<AdminCatalog> {
    return ctx.services.catalogImports.import(ctx.viewer!, document, { slug: slug ?? null, replaceDraftOf: replaceDraftOf ?? null, publish: publish ?? false });
  }

  // Plans

  @Authorized("ADMIN")
  @Mutation(() => CatalogDraft)
  async addPlan(@Slug() slug: string, @Revision() revision: number, @Arg("plan", () => PlanInput) plan: PlanInput, @Ctx() ctx: Context, @Position() position?: number | null) {
    return toDraft(await ctx.services.catalogDrafts.addPlan(ctx.viewer!, slug, revision, toPlan(plan), position ?? null));
  }

  @Authorized("ADMIN")
  @Mutation(() => CatalogDraft, { description: "Changes the fields given; a new key is carried to cells, add-ons and exclusions." })
  async updatePlan(@Slug() slug: string, @Revision() revision: number, @Key() key: string, @Arg("plan", () => PlanInput) plan: PlanInput, @Ctx() ctx: Context) {
    return toDraft(await ctx.services.catalogDrafts.updatePlan(ctx.viewer!, slug, revision, key, planChanges(plan)));
  }

  @Authorized("ADMIN")
  @Mutation(() => CatalogDraft, { description: "Removes the plan with its cells and the references to it." })
  async removePlan(@Slug() slug: string, @Revision() revision: number, @Key() key: string, @Ctx() ctx: Context) {
    return toDraft(await ctx.services.catalogDrafts.removePlan(ctx.viewer!, slug, revision, key));
  }

  @Authorized("ADMIN")
  @Mutation(() => CatalogDraft)
  async movePlan(@Slug() slug: string, @Revision() revision: number, @Key() key: string, @MoveTo() position: number, @Ctx() ctx: Context) {
    return toDraft(await ctx.services.catalogDrafts.movePlan(ctx.viewer!, slug, revision, key, position));
  }

  // Feature groups

  @Authorized("ADMIN")
  @Mutation(() => CatalogDraft)
  async addFeatureGroup(
    @Slug() slug: string,
    @Revision() revision: number,
    @Arg("group", () => FeatureGroupInput) group: FeatureGroupInput,
    @Ctx() ctx: Context,
    @Position() position?: number | null,
  ) {
    return toDraft(await ctx.services.catalogDrafts.addFeatureGroup(ctx.viewer!, slug, revision, toGroup(group), position ?? null));
  }

  @Authorized("ADMIN")
  @Mutation(() => CatalogDraft, { description: "A new key is carried to the group's rows." })
  async updateFeatureGroup(
    @Slug() slug: string,
    @Revision() revision: number,
    @Key() key: string,
    @Arg("group", () => FeatureGroupInput) group: FeatureGroupInput,
    @Ctx() ctx: Context,
  ) {
    return toDraft(await ctx.services.catalogDrafts.updateFeatureGroup(ctx.viewer!, slug, revision, key, toGroup(group)));
  }

  @Authorized("ADMIN")
  @Mutation(() => CatalogDraft, { description: "The group's rows stay, without a group." })
  async removeFeatureGroup(@Slug() slug: string, @Revision() revision: number, @Key() key: string, @Ctx() ctx: Context) {
    return toDraft(await ctx.services.catalogDrafts.removeFeatureGroup(ctx.viewer!, slug, revision, key));
  }

  @Authorized("ADMIN")
  @Mutation(() => CatalogDraft)
  async moveFeatureGroup(@Slug() slug: string, @Revision() revision: number, @Key() key: string, @MoveTo() position: number, @Ctx() ctx: Context) {
    return toDraft(await ctx.services.catalogDrafts.moveFeatureGroup(ctx.viewer!, slug, revision, key, position));
  }

  // Features (rows) and cells

  @Authorized("ADMIN")
  @Mutation(() => CatalogDraft)
  async addFeature(@Slug() slug: string, @Revision() revision: number, @Arg("feature", () => FeatureInput) feature: FeatureInput, @Ctx() ctx: Context, @Position() position?: number | null) {
    return toDraft(await ctx.services.catalogDrafts.addFeature(ctx.viewer!, slug, revision, toFeature(feature), position ?? null));
  }

  @Authorized("ADMIN")
  @Mutation(() => CatalogDraft, { description: "Changes the fields given; without `cells` the row's cells are kept." })
  async updateFeature(@Slug() slug: string, @Revision() revision: number, @Key() key: string, @Arg("feature", () => FeatureInput) feature: FeatureInput, @Ctx() ctx: Context) {
    return toDraft(await ctx.services.catalogDrafts.updateFeature(ctx.viewer!, slug, revision, key, featureChanges(feature)));
  }

  @Authorized("ADMIN")
  @Mutation(() => CatalogDraft)
  async removeFeature(@Slug() slug: string, @Revision() revision: number, @Key() key: string, @Ctx() ctx: Context) {
    return toDraft(await ctx.services.catalogDrafts.removeFeature(ctx.viewer!, slug, revision, key));
  }

  @Authorized("ADMIN")
  @Mutation(() => CatalogDraft)
  async moveFeature(@Slug() slug: string, @Revision() revision: number, @Key() key: string, @MoveTo() position: number, @Ctx() ctx: Context) {
    return toDraft(await ctx.services.catalogDrafts.moveFeature(ctx.viewer!, slug, revision, key, position));
  }

  @Authorized("ADMIN")
  @Mutation(() => CatalogDraft, { description: "Sets one cell; a null cell empties it (the plan does not offer the feature)." })
  async setCell(
    @Slug() slug: string,
    @Revision() revision: number,
    @Arg("featureKey", () => String) featureKey: string,
    @Arg("planKey", () => String) planKey: string,
    @Ctx() ctx: Context,
    @Arg("cell", () => CellInput, { nullable: true }) cell?: CellInput | null,
  ) {
    return toDraft(await ctx.services.catalogDrafts.setCell(ctx.viewer!, slug, revision, featureKey, planKey, cell ? toCell(cell) : null));
  }

  // Priorities

  @Authorized("ADMIN")
  @Mutation(() => CatalogDraft)
  async addPriority(@Slug() slug: string, @Revision() revision: number, @Arg("priority", () => PriorityInput) priority: PriorityInput, @Ctx() ctx: Context, @Position() position?: number | null) {
    return toDraft(await ctx.services.catalogDrafts.addPriority(ctx.viewer!, slug, revision, toPriority(priority), position ?? null));
  }

  @Authorized("ADMIN")
  @Mutation(() => CatalogDraft, { description: "A new key is carried to every plan's response target." })
  async updatePriority(@Slug() slug: string, @Revision() revision: number, @Key() key: string, @Arg("priority", () => PriorityInput) priority: PriorityInput, @Ctx() ctx: Context) {
    return toDraft(await ctx.services.catalogDrafts.updatePriority(ctx.viewer!, slug, revision, key, priorityChanges(priority)));
  }

  @Authorized("ADMIN")
  @Mutation(() => CatalogDraft, { description: "Removes the priority and every plan's response target for it." })
  async removePriority(@Slug() slug: string, @Revision() revision: number, @Key() key: string, @Ctx() ctx: Context) {
    return toDraft(await ctx.services.catalogDrafts.removePriority(ctx.viewer!, slug, revision, key));
  }

  @Authorized("ADMIN")
  @Mutation(() => CatalogDraft)
  async movePriority(@Slug() slug: string, @Revision() revision: number, @Key() key: string, @MoveTo() position: number, @Ctx() ctx: Context) {
    return toDraft(await ctx.services.catalogDrafts.movePriority(ctx.viewer!, slug, revision, key, position));
  }

  // Exclusions (addressed by position)

  @Authorized("ADMIN")
  @Mutation(() => CatalogDraft)
  async addExclusion(
    @Slug() slug: string,
    @Revision() revision: number,
    @Arg("exclusion", () => ExclusionInput) exclusion: ExclusionInput,
    @Ctx() ctx: Context,
    @Position() position?: number | null,
  ) {
    return toDraft(await ctx.services.catalogDrafts.addExclusion(ctx.viewer!, slug, revision, toExclusion(exclusion), position ?? null));
  }

  @Authorized("ADMIN")
  @Mutation(() => CatalogDraft)
  async updateExclusion(
    @Slug() slug: string,
    @Revision() revision: number,
    @Arg("index", () => Int, { description: "Its position, from 0." }) index: number,
    @Arg("exclusion", () => ExclusionInput) exclusion: ExclusionInput,
    @Ctx() ctx: Context,
  ) {
    return toDraft(await ctx.services.catalogDrafts.updateExclusion(ctx.viewer!, slug, revision, index, exclusionChanges(exclusion)));
  }

  @Authorized("ADMIN")
  @Mutation(() => CatalogDraft)
  async removeExclusion(@Slug() slug: string, @Revision() revision: number, @Arg("index", () => Int) index: number, @Ctx() ctx: Context) {
    return toDraft(await ctx.services.catalogDrafts.removeExclusion(ctx.viewer!, slug, revision, index));
  }

  @Authorized("ADMIN")
  @Mutation(() => CatalogDraft)
  async moveExclusion(@Slug() slug: string, @Revision() revision: number, @Arg("index", () => Int) index: number, @MoveTo() position: number, @Ctx() ctx: Context) {
    return toDraft(await ctx.services.catalogDrafts.moveExclusion(ctx.viewer!, slug, revision, index, position));
  }

  // Request categories

  @Authorized("ADMIN")
  @Mutation(() => CatalogDraft)
  async addRequestCategory(
    @Slug() slug: string,
    @Revision() revision: number,
    @Arg("category", () => RequestCategoryInput) category: RequestCategoryInput,
    @Ctx() ctx: Context,
    @Position() position?: number | null,
  ) {
    return toDraft(await ctx.services.catalogDrafts.addRequestCategory(ctx.viewer!, slug, revision, toCategory(category), position ?? null));
  }

  @Authorized("ADMIN")
  @Mutation(() => CatalogDraft)
  async updateRequestCategory(
    @Slug() slug: string,
    @Revision() revision: number,
    @Key() key: string,
    @Arg("category", () => RequestCategoryInput) category: RequestCategoryInput,
    @Ctx() ctx: Context,
  ) {
    return toDraft(await ctx.services.catalogDrafts.updateRequestCategory(ctx.viewer!, slug, revision, key, categoryChanges(category)));
  }

  @Authorized("ADMIN")
  @Mutation(() => CatalogDraft)
  async removeRequestCategory(@Slug() slug: string, @Revision() revision: number, @Key() key: string, @Ctx() ctx: Context) {
    return toDraft(await ctx.services.catalogDrafts.removeRequestCategory(ctx.viewer!, slug, revision, key));
  }

  @Authorized("ADMIN")
  @Mutation(() => CatalogDraft)
  async moveRequestCategory(@Slug() slug: string, @Revision() revision: number, @Key() key: string, @MoveTo() position: number, @Ctx() ctx: Context) {
    return toDraft(await ctx.services.catalogDrafts.moveRequestCategory(ctx.viewer!, slug, revision, key, position));
  }

  // Whole lists

  @Authorized("ADMIN")
  @Mutation(() => CatalogDraft, { description: "Replaces every guarantee band (an empty list: no guarantee)." })
  async setGuaranteeBands(
    @Slug() slug: string,
    @Revision() revision: number,
    @Arg("bands", () => [GuaranteeBandInput]) bands: GuaranteeBandInput[],
    @Ctx() ctx: Context,
    @Arg("note", () => String, { nullable: true, description: "What the guarantee is about; omitted: unchanged." }) note?: string | null,
  ) {
    return toDraft(await ctx.services.catalogDrafts.setGuaranteeBands(ctx.viewer!, slug, revision, bands.map(toBand), note));
  }

  @Authorized("ADMIN")
  @Mutation(() => CatalogDraft, { description: "Replaces the license editions; one a plan still requires cannot be dropped." })
  async setLicenseEditions(
    @Slug() slug: string,
    @Revision() revision: number,
    @Arg("editions", () => [LicenseEditionInput]) editions: LicenseEditionInput[],
    @Ctx() ctx: Context,
  ) {
    return toDraft(await ctx.services.catalogDrafts.setLicenseEditions(ctx.viewer!, slug, revision, editions.map(toEdition)));
  }
}
