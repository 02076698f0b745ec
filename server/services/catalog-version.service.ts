/** A catalog's published versions: publishing the draft, listing the versions, reading one, and the changes between two. */
import type { DataSource } from "typeorm";
import { readCatalog } from "../domain/catalog-reader.js";
import { diffCatalogs, sameCatalog, type CatalogChange } from "../domain/catalog-diff.js";
import type { PublishedVersion } from "../db/snapshot.js";
import type { AuditService } from "./audit.service.js";
import { auditSummary, conflict, type AdminCatalogSummary, type CatalogAdminService } from "./catalog-admin.service.js";
import type { CatalogService } from "./catalog.service.js";
import type { Viewer } from "./viewer.js";

export interface VersionInfo {
  number: number;
  publishedAt: Date;
  publishedBy: string | null;
}

export interface AdminVersion extends VersionInfo {
  version: PublishedVersion;
}

export interface CatalogDiffResult {
  from: number;
  /** null: the draft. */
  to: number | null;
  changes: CatalogChange[];
}

/** Publishing and reading published versions; a publish runs in one transaction with its audit entry. */
export class CatalogVersionService {
  constructor(
    private readonly ds: DataSource,
    private readonly catalogs: CatalogService,
    private readonly admin: CatalogAdminService,
    private readonly audit: AuditService,
  ) {}

  /** Published versions, newest first, with who published them. */
  async versions(slug: string): Promise<VersionInfo[]> {
    const row = await this.admin.row(this.ds.manager, slug);
    return this.ds.query(
      `SELECT v.number, v.published_at AS "publishedAt", u.email AS "publishedBy"
         FROM catalog_version v LEFT JOIN app_user u ON u.id = v.published_by
        WHERE v.catalog_id = $1
        ORDER BY v.number DESC`,
      [row.id],
    );
  }

  async version(slug: string, number: number): Promise<AdminVersion> {
    const row = await this.admin.row(this.ds.manager, slug);
    const version = await this.admin.loadVersion(row.id, number, "number");
    const info = (await this.versions(slug)).find((v) => v.number === number)!;
    return { ...info, version };
  }

  /** What changed from version `from` to version `to`, or to the draft when `to` is null. */
  async diff(slug: string, from: number, to: number | null): Promise<CatalogDiffResult> {
    const row = await this.admin.row(this.ds.manager, slug);
    const a = (await this.admin.loadVersion(row.id, from, "from")).catalog;
    const b = to === null ? readCatalog(row.draft).catalog : (await this.admin.loadVersion(row.id, to, "to")).catalog;
    return { from, to, changes: diffCatalogs(a, b) };
  }

  /** Publishes the draft as the next version, when it is still at `revision` and has no problem. */
  async publish(actor: Viewer, slug: string, revision: number): Promise<AdminCatalogSummary> {
    return this.ds.transaction(async (tx) => {
      const row = await this.admin.row(tx, slug, true);
      if (row.draftRevision !== revision) throw conflict(revision, row.draftRevision);
      const previous = row.publishedVersion ? await this.admin.loadVersion(row.id, row.publishedVersion, "slug", tx) : null;
      const catalog = readCatalog(row.draft).catalog;
      // Publishing is idempotent per revision: a repeat (or a retry racing the first, which waits
      // on the row lock above) answers the version already made from this unchanged draft.
      if (previous && sameCatalog(previous.catalog, catalog)) return this.admin.summaryOf(row, catalog, previous.number, false);
      const number = await this.catalogs.publish(row.id, actor.id, tx);
      const changes = previous ? diffCatalogs(previous.catalog, catalog) : [];
      const lead = `Published version ${number} from revision ${revision}`;
      await this.audit.record(tx, actor, {
        action: "catalog.publish",
        entity: "catalog",
        entityKey: slug,
        summary: previous ? auditSummary(lead, changes.map((c) => c.summary)) : lead,
        before: previous ? { version: previous.number } : null,
        after: { version: number, revision, changes: changes.map((c) => c.summary) },
      });
      return this.admin.summaryOf(row, catalog, number, false);
    });
  }
}
