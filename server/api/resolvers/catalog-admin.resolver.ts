import { GraphQLJSON } from "graphql-scalars";
import { Arg, Authorized, Ctx, Int, Mutation, Query, Resolver } from "type-graphql";
import type { DraftState } from "../../services/catalog-admin.service.js";
import type { Context } from "../context.js";
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

export function toDraft(state: DraftState): CatalogDraft {
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

export const Slug = () => Arg("slug", () => String);
export const Revision = () => Arg("revision", () => Int, { description: "The draft revision the edit was made on." });

/** Catalog administration (ADMIN only): the catalogs, drafts as read, publishing, versions, import and export; the draft edits are CatalogDraftResolver's. */
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
}
