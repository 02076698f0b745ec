/** The catalog editor's mutations: each edits one part of a draft and answers the draft as it then stands. */
import { Arg, Authorized, Ctx, Int, Mutation, Resolver } from "type-graphql";
import type { Context } from "../context.js";
import { CatalogInfoInput, GuaranteeBandInput, LicenseEditionInput, toBand, toEdition, toInfoChanges } from "../inputs/catalog-admin.input.js";
import { CellInput, FeatureGroupInput, FeatureInput, featureChanges, toCell, toFeature, toGroup } from "../inputs/matrix.input.js";
import { PlanInput, planChanges, toPlan } from "../inputs/plan.input.js";
import { ExclusionInput, PriorityInput, RequestCategoryInput, categoryChanges, exclusionChanges, priorityChanges, toCategory, toExclusion, toPriority } from "../inputs/terms.input.js";
import { CatalogDraft } from "../types/catalog-admin.type.js";
import { Revision, Slug, toDraft } from "./catalog-admin.resolver.js";

const Key = () => Arg("key", () => String);
const Position = () => Arg("position", () => Int, { nullable: true, description: "Index from 0; default: the end." });
const MoveTo = () => Arg("position", () => Int, { description: "The new index, from 0." });

/** Draft edits (ADMIN only): the catalog's information, plans, groups, rows and cells, priorities, exclusions, request categories and whole lists. */
@Resolver()
export class CatalogDraftResolver {
  @Authorized("ADMIN")
  @Mutation(() => CatalogDraft)
  async updateCatalogInfo(@Slug() slug: string, @Revision() revision: number, @Arg("info", () => CatalogInfoInput) info: CatalogInfoInput, @Ctx() ctx: Context) {
    return toDraft(await ctx.services.catalogDrafts.updateInfo(ctx.viewer!, slug, revision, toInfoChanges(info)));
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
