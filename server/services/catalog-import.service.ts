/** Catalog documents in and out: import (a new catalog, or a new draft of one) and export. */
import { IsNull, type DataSource } from "typeorm";
import type { Catalog } from "../domain/catalog.js";
import { readCatalog } from "../domain/catalog-reader.js";
import { diffCatalogs, sameCatalog } from "../domain/catalog-diff.js";
import { DomainError, notFound } from "../domain/errors.js";
import { CatalogEntity } from "../db/entities/catalog.entity.js";
import type { AuditService } from "./audit.service.js";
import { auditSummary, conflict, type AdminCatalogSummary, type CatalogAdminService } from "./catalog-admin.service.js";
import { checkedCatalog, type CatalogService } from "./catalog.service.js";
import type { Viewer } from "./viewer.js";

/** Import and export of catalog documents; an import runs in one transaction with its audit entry. */
export class CatalogImportService {
  constructor(
    private readonly ds: DataSource,
    private readonly catalogs: CatalogService,
    private readonly admin: CatalogAdminService,
    private readonly audit: AuditService,
  ) {}

  /** The document in the import format: a published version, or the draft when `version` is null. */
  async export(slug: string, version: number | null): Promise<Catalog> {
    const row = await this.admin.row(this.ds.manager, slug);
    if (version === null) return readCatalog(row.draft).catalog;
    return (await this.admin.loadVersion(row.id, version, "version")).catalog;
  }

  /**
   * Imports a catalog document: a new catalog, or the new draft of an existing one when
   * `replaceDraftOf` is its current revision. The document must be publishable. With
   * `publish`, it is published in the same transaction.
   */
  async import(
    actor: Viewer,
    document: unknown,
    options: { slug: string | null; replaceDraftOf: number | null; publish: boolean },
  ): Promise<AdminCatalogSummary> {
    const doc =
      options.slug !== null && document !== null && typeof document === "object" && !Array.isArray(document)
        ? { ...(document as Record<string, unknown>), slug: options.slug }
        : document;
    const catalog = checkedCatalog(doc, "The document cannot be imported");
    return this.ds.transaction(async (tx) => {
      const existing = await tx.findOne(CatalogEntity, { where: { slug: catalog.slug, deletedAt: IsNull() }, lock: { mode: "pessimistic_write" } });
      let id: string;
      let before: Catalog | null = null;
      let published: Catalog | null = null;
      if (existing) {
        if (options.replaceDraftOf === null) {
          throw new DomainError(
            "CONFLICT",
            `A catalog with the slug "${catalog.slug}" already exists; to replace its draft, pass its current revision (${existing.draftRevision}) as replaceDraftOf`,
            "slug",
            { currentRevision: existing.draftRevision },
          );
        }
        if (existing.draftRevision !== options.replaceDraftOf) throw conflict(options.replaceDraftOf, existing.draftRevision);
        before = readCatalog(existing.draft).catalog;
        if (existing.publishedVersion) published = (await this.admin.loadVersion(existing.id, existing.publishedVersion, "slug", tx)).catalog;
        await this.admin.writeDraft(tx, actor, existing.id, before, catalog, options.replaceDraftOf);
        id = existing.id;
      } else {
        if (options.replaceDraftOf !== null) throw notFound(`There is no catalog "${catalog.slug}" whose draft could be replaced`, "replaceDraftOf");
        id = (await this.catalogs.create(catalog, tx)).id;
      }
      const number = options.publish ? await this.catalogs.publish(id, actor.id, tx) : null;
      const changes = before ? diffCatalogs(before, catalog) : [];
      const lead = before ? `Imported a new draft` : `Imported the catalog "${catalog.name}"`;
      await this.audit.record(tx, actor, {
        action: "catalog.import",
        entity: "catalog",
        entityKey: catalog.slug,
        summary: `${before ? auditSummary(lead, changes.map((c) => c.summary)) : lead}${number ? `, published as version ${number}` : ""}`,
        before,
        after: catalog,
      });
      const row = await tx.findOneByOrFail(CatalogEntity, { id });
      const unpublished = number === null && (published === null || !sameCatalog(published, catalog));
      return this.admin.summaryOf(row, catalog, row.publishedVersion, unpublished);
    });
  }
}
