import { IsNull, type DataSource, type EntityManager } from "typeorm";
import type { Catalog } from "../domain/catalog.js";
import { readCatalog, type Problem } from "../domain/catalog-reader.js";
import { blocking, draftProblems } from "../domain/draft-edits.js";
import { badInput, DomainError, notFound } from "../domain/errors.js";
import { Dec } from "../domain/money.js";
import { KEY_PATTERN } from "../domain/validate-catalog.js";
import { sameCatalog } from "../domain/catalog-diff.js";
import { CatalogEntity } from "../db/entities/catalog.entity.js";
import type { PublishedVersion } from "../db/snapshot.js";
import type { AuditService } from "./audit.service.js";
import type { CatalogService } from "./catalog.service.js";
import type { Viewer } from "./viewer.js";

/** A catalog as the admin list shows it, published or not. */
export interface AdminCatalogSummary {
  slug: string;
  name: string;
  currency: string;
  revision: number;
  publishedVersion: number | null;
  /** The draft differs from the latest published version (always true before the first publish). */
  hasUnpublishedChanges: boolean;
  problemCount: number;
  discountApprovalThreshold: string;
  defaultValidityDays: number;
  updatedAt: Date;
}

/** A draft as an editor sees it. */
export interface DraftState {
  slug: string;
  revision: number;
  publishedVersion: number | null;
  discountApprovalThreshold: string;
  /** Days a new quote stays valid. */
  defaultValidityDays: number;
  catalog: Catalog;
  problems: Problem[];
}

/** What a catalog sets for its quotes beside the draft (not versioned with it). */
export interface QuoteSettings {
  discountApprovalThreshold?: string;
  defaultValidityDays?: number;
}

export function conflict(revision: number, current: number): DomainError {
  return new DomainError(
    "CONFLICT",
    `The draft was changed by someone else since revision ${revision}; it is now at revision ${current}. Your change was not saved: read what changed since (draftChangesSince) and make it again on the current revision.`,
    "revision",
    { currentRevision: current },
  );
}

/** Numeric columns come back with their scale ("15.0000"). */
export function trimDecimal(value: string): string {
  return new Dec(value).toString();
}

/** What deleting a catalog keeps, in words. */
function kept(versions: number | null): string {
  if (!versions) return "";
  return versions === 1 ? "; its published version is kept for the quotes made from it" : `; its ${versions} published versions are kept for the quotes made from them`;
}

/** At most this much of a change list goes into an audit summary. */
const SUMMARY_LIMIT = 1000;

export function auditSummary(lead: string, changes: string[]): string {
  if (changes.length === 0) return `${lead} (nothing changed)`;
  const text = `${lead}: ${changes.join("; ")}`;
  return text.length > SUMMARY_LIMIT ? `${text.slice(0, SUMMARY_LIMIT - 3)}...` : text;
}

/**
 * Catalog administration: the admin list, drafts as read, creating, copying and deleting
 * catalogs, and the row access the draft, version and import services share. Every change
 * runs in one transaction with its audit entry.
 */
export class CatalogAdminService {
  constructor(
    private readonly ds: DataSource,
    private readonly catalogs: CatalogService,
    private readonly audit: AuditService,
  ) {}

  async row(db: EntityManager, slug: string, lock = false): Promise<CatalogEntity> {
    const row = await db.findOne(CatalogEntity, {
      where: { slug, deletedAt: IsNull() },
      ...(lock ? { lock: { mode: "pessimistic_write" as const } } : {}),
    });
    if (!row) throw notFound(`There is no catalog "${slug}"`, "slug");
    return row;
  }

  private state(row: CatalogEntity): DraftState {
    const { catalog, problems } = draftProblems(row.draft);
    return {
      slug: row.slug,
      revision: row.draftRevision,
      publishedVersion: row.publishedVersion,
      discountApprovalThreshold: trimDecimal(row.discountApprovalThreshold),
      defaultValidityDays: row.defaultValidityDays,
      catalog,
      problems,
    };
  }

  private async versionRow(catalogId: string, number: number, field: string, db: EntityManager = this.ds.manager): Promise<string> {
    const rows: { id: string }[] = await db.query(`SELECT id FROM catalog_version WHERE catalog_id = $1 AND number = $2`, [catalogId, number]);
    if (rows.length === 0) throw notFound(`The catalog has no version ${number}`, field);
    return rows[0].id;
  }

  /** Inside a transaction, pass it: a second connection per transaction can exhaust the pool under concurrent publishes. */
  async loadVersion(catalogId: string, number: number, field: string, db: EntityManager = this.ds.manager): Promise<PublishedVersion> {
    const id = await this.versionRow(catalogId, number, field, db);
    return (await this.catalogs.loadVersions([id], db)).get(id)!;
  }

  // Reading

  /** Every catalog that is not deleted, published or not, by slug. */
  async list(): Promise<AdminCatalogSummary[]> {
    const rows: {
      slug: string;
      draft: unknown;
      revision: number;
      publishedVersion: number | null;
      threshold: string;
      validityDays: number;
      updatedAt: Date;
      versionId: string | null;
    }[] = await this.ds.query(
      `SELECT c.slug, c.draft, c.draft_revision AS revision, c.published_version AS "publishedVersion",
              c.discount_approval_threshold AS threshold, c.default_validity_days AS "validityDays", c.updated_at AS "updatedAt", v.id AS "versionId"
         FROM catalog c LEFT JOIN catalog_version v ON v.catalog_id = c.id AND v.number = c.published_version
        WHERE c.deleted_at IS NULL
        ORDER BY c.slug`,
    );
    const versions = await this.catalogs.loadVersions(rows.flatMap((r) => (r.versionId ? [r.versionId] : [])));
    return rows.map((r) => {
      const { catalog, problems } = draftProblems(r.draft);
      const published = r.versionId ? versions.get(r.versionId) : undefined;
      return {
        slug: r.slug,
        name: catalog.name,
        currency: catalog.currency,
        revision: r.revision,
        publishedVersion: r.publishedVersion,
        hasUnpublishedChanges: !published || !sameCatalog(published.catalog, catalog),
        problemCount: blocking(problems).length,
        discountApprovalThreshold: trimDecimal(r.threshold),
        defaultValidityDays: r.validityDays,
        updatedAt: r.updatedAt,
      };
    });
  }

  async draft(slug: string): Promise<DraftState> {
    return this.state(await this.row(this.ds.manager, slug));
  }

  // Catalogs

  summaryOf(row: CatalogEntity, catalog: Catalog, publishedVersion: number | null, hasUnpublishedChanges: boolean): AdminCatalogSummary {
    return {
      slug: row.slug,
      name: catalog.name,
      currency: catalog.currency,
      revision: row.draftRevision,
      publishedVersion,
      hasUnpublishedChanges,
      problemCount: blocking(draftProblems(catalog).problems).length,
      discountApprovalThreshold: trimDecimal(row.discountApprovalThreshold),
      defaultValidityDays: row.defaultValidityDays,
      updatedAt: row.updatedAt,
    };
  }

  /** A new catalog with an empty draft (no plans yet); nothing is published. */
  async create(actor: Viewer, input: { slug: string; name: string; currency: string; description: string | null }): Promise<AdminCatalogSummary> {
    const doc = { slug: input.slug, name: input.name, currency: input.currency, description: input.description, plans: [] };
    // An empty draft lacks plans; anything else wrong with what was given is refused now.
    const problems = draftProblems(doc).problems.filter((p) => p.path !== "plans");
    if (problems.length > 0) throw badInput(problems[0].message, problems[0].path, { problems });
    return this.ds.transaction(async (tx) => {
      const { id, catalog } = await this.catalogs.create(doc, tx);
      await this.audit.record(tx, actor, {
        action: "catalog.create",
        entity: "catalog",
        entityKey: catalog.slug,
        summary: `Created the catalog "${catalog.name}" (${catalog.slug}, ${catalog.currency})`,
        after: catalog,
      });
      return this.summaryOf(await tx.findOneByOrFail(CatalogEntity, { id }), catalog, null, true);
    });
  }

  /** A new, unpublished catalog whose draft is a copy of another's draft. */
  async clone(actor: Viewer, slug: string, newSlug: string, newName: string): Promise<AdminCatalogSummary> {
    if (!KEY_PATTERN.test(newSlug) || newSlug.length > 60) {
      throw badInput("The new slug may use only lower-case letters, digits and single hyphens, at most 60 characters", "newSlug");
    }
    if (newName.trim() === "") throw badInput("Give the copy a name", "newName");
    return this.ds.transaction(async (tx) => {
      const source = await this.row(tx, slug);
      const doc = { ...readCatalog(source.draft).catalog, slug: newSlug, name: newName };
      const { id, catalog } = await this.catalogs.create(doc, tx);
      await tx.update(CatalogEntity, { id }, { discountApprovalThreshold: source.discountApprovalThreshold, defaultValidityDays: source.defaultValidityDays });
      await this.audit.record(tx, actor, {
        action: "catalog.clone",
        entity: "catalog",
        entityKey: newSlug,
        summary: `Created "${newName}" (${newSlug}) as a copy of the draft of ${slug}`,
        before: { slug },
        after: catalog,
      });
      return this.summaryOf(await tx.findOneByOrFail(CatalogEntity, { id }), catalog, null, true);
    });
  }

  /**
   * Hides the catalog from the public API and the admin lists. Its published versions stay,
   * since quotes were priced from them. The slug is freed for a new catalog: the row keeps
   * a slug suffixed with its id (the slug index covers deleted rows too).
   */
  async delete(actor: Viewer, slug: string): Promise<boolean> {
    return this.ds.transaction(async (tx) => {
      const row = await this.row(tx, slug, true);
      await tx.update(CatalogEntity, { id: row.id }, { deletedAt: new Date(), slug: `${slug}~deleted~${row.id}` });
      await this.audit.record(tx, actor, {
        action: "catalog.delete",
        entity: "catalog",
        entityKey: slug,
        summary: `Deleted the catalog ${slug}${kept(row.publishedVersion)}`,
        before: { slug, revision: row.draftRevision, publishedVersion: row.publishedVersion },
      });
      return true;
    });
  }

  /** Writes the draft if it is still at `revision`; CONFLICT (with the current revision) otherwise. */
  async writeDraft(tx: EntityManager, actor: Viewer, id: string, before: Catalog, catalog: Catalog, revision: number, settings: QuoteSettings = {}): Promise<void> {
    const result = await tx
      .createQueryBuilder()
      .update(CatalogEntity)
      .set({ draft: catalog, draftRevision: () => "draft_revision + 1", ...settings })
      .where("id = :id AND draft_revision = :revision", { id, revision })
      .execute();
    if (result.affected !== 1) {
      const current = await tx.findOneBy(CatalogEntity, { id });
      throw conflict(revision, current?.draftRevision ?? revision);
    }
    // Kept so that an editor refused with CONFLICT can be shown who changed what since their revision.
    await tx.query(
      `INSERT INTO catalog_draft_revision (catalog_id, revision, document, edited_by) VALUES ($1, $2, $3, NULL), ($1, $2 + 1, $4, $5)
       ON CONFLICT (catalog_id, revision) DO NOTHING`,
      [id, revision, JSON.stringify(before), JSON.stringify(catalog), actor.id],
    );
  }
}
