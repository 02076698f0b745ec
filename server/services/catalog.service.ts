import { randomUUID } from "node:crypto";
import type { DataSource, EntityManager } from "typeorm";
import type { Catalog } from "../domain/catalog.js";
import { readCatalog, type Problem } from "../domain/catalog-reader.js";
import { badInput, DomainError, notFound } from "../domain/errors.js";
import { validateCatalog } from "../domain/validate-catalog.js";
import { CatalogEntity } from "../db/entities/catalog.entity.js";
import { isUniqueViolation } from "../db/pg-errors.js";
import { readVersions, writeVersion, type PublishedVersion } from "../db/snapshot.js";
import { FollowedValue, VersionCache } from "./version-cache.js";

/** What the public API lists: a catalog and its latest published version. */
export interface CatalogHead {
  catalogId: string;
  slug: string;
  versionId: string;
  version: number;
}

export function problemsError(what: string, problems: Problem[]): DomainError {
  const shown = problems.slice(0, 20).map((p) => `${p.path}: ${p.message}`);
  const more = problems.length > shown.length ? ` (and ${problems.length - shown.length} more)` : "";
  return badInput(`${what}: ${shown.join("; ")}${more}`, problems[0]?.path, { problems });
}

/** The number the next publish gives a catalog whose current version is `published`. */
export function nextVersionNumber(published: number | null): number {
  return (published ?? 0) + 1;
}

/** Reads and checks a catalog document; refuses it, saying why, when it is not publishable. */
export function checkedCatalog(doc: unknown, what = "The catalog is not valid"): Catalog {
  const { catalog, problems } = readCatalog(doc);
  const all = problems.length > 0 ? problems : validateCatalog(catalog);
  if (all.length > 0) throw problemsError(what, all);
  return catalog;
}

export class CatalogService {
  private readonly cache = new VersionCache();
  /** Every published head, kept in memory while publishes are followed (see `followPublishes`). */
  private readonly published = new FollowedValue(() => this.heads(this.ds.manager));

  constructor(private readonly ds: DataSource) {}

  /**
   * Keep the published heads in memory while `isLive()`; the caller calls
   * `publishedChanged` on every change to them (PostgreSQL notifications, any process).
   * Without it, every read asks the database.
   */
  followPublishes(isLive: () => boolean): void {
    this.published.follow(isLive);
  }

  /** A catalog was published, renamed or deleted (here or in another process). */
  publishedChanged(): void {
    this.published.forget();
  }

  private heads(db: EntityManager, slug?: string): Promise<CatalogHead[]> {
    return db.query(
      `SELECT c.id AS "catalogId", c.slug, v.id AS "versionId", v.number AS version
         FROM catalog c JOIN catalog_version v ON v.catalog_id = c.id AND v.number = c.published_version
        WHERE c.deleted_at IS NULL ${slug === undefined ? "" : "AND c.slug = $1"}
        ORDER BY v.name, c.slug`,
      slug === undefined ? [] : [slug],
    );
  }

  /** Every catalog with a published version, by name. */
  listPublished(): Promise<CatalogHead[]> {
    return this.published.get();
  }

  /** Inside a transaction pass its manager: the head is then read there, never from memory. */
  async findPublished(slug: string, db?: EntityManager): Promise<CatalogHead | null> {
    if (db) return (await this.heads(db, slug))[0] ?? null;
    return (await this.published.get()).find((head) => head.slug === slug) ?? null;
  }

  /** Published versions by id, from the cache when already read (they never change). Inside a
   * transaction pass its manager: waiting for a second pooled connection there can deadlock. */
  async loadVersions(ids: readonly string[], db: EntityManager = this.ds.manager): Promise<Map<string, PublishedVersion>> {
    const found = new Map<string, PublishedVersion>();
    const missing: string[] = [];
    for (const id of ids) {
      const hit = this.cache.get(id);
      if (hit) found.set(id, hit);
      else missing.push(id);
    }
    if (missing.length > 0) {
      for (const [id, version] of await readVersions(db, missing)) {
        this.cache.set(version);
        found.set(id, version);
      }
    }
    return found;
  }

  /** The latest published version of a catalog, for pricing; NOT_FOUND when there is none. */
  async publishedCatalog(slug: string): Promise<PublishedVersion> {
    const head = await this.findPublished(slug);
    if (!head) throw notFound(`There is no published catalog "${slug}"`, "catalogSlug");
    return (await this.loadVersions([head.versionId])).get(head.versionId)!;
  }

  /** Creates a catalog whose draft is the given document; nothing is published yet. */
  async create(doc: unknown, db: EntityManager = this.ds.manager): Promise<{ id: string; catalog: Catalog }> {
    const { catalog, problems } = readCatalog(doc);
    if (problems.length > 0) throw problemsError("The catalog document is not readable", problems);
    const id = randomUUID();
    try {
      await db.insert(CatalogEntity, { id, slug: catalog.slug, draft: catalog, draftRevision: 1, publishedVersion: null });
    } catch (err) {
      if (isUniqueViolation(err, "catalog_slug_key")) {
        throw new DomainError("CONFLICT", `A catalog with the slug "${catalog.slug}" already exists`, "slug");
      }
      throw err;
    }
    return { id, catalog };
  }

  /**
   * Publishes the draft as the next immutable version. Refuses a draft that does not
   * validate, with every problem in words. The catalog row is locked, so two publishes
   * of one catalog get consecutive numbers.
   */
  async publish(catalogId: string, actor: string | null, db?: EntityManager): Promise<number> {
    const run = async (tx: EntityManager) => {
      const row = await tx.findOne(CatalogEntity, { where: { id: catalogId }, lock: { mode: "pessimistic_write" } });
      if (!row || row.deletedAt) throw notFound("There is no such catalog", "catalogId");
      const catalog = checkedCatalog(row.draft, "The draft cannot be published");
      const number = nextVersionNumber(row.publishedVersion);
      await writeVersion(tx, { catalogId, number, catalog, publishedBy: actor, publishedAt: new Date() });
      await tx.update(CatalogEntity, { id: catalogId }, { publishedVersion: number });
      return number;
    };
    if (db) return run(db);
    const number = await this.ds.transaction(run);
    // Committed: this process's next read shows it without waiting for the notification.
    this.publishedChanged();
    return number;
  }
}
