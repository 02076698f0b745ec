import { IsNull, type DataSource, type EntityManager } from "typeorm";
import type { Catalog, Cell, Exclusion, Feature, FeatureGroup, GuaranteeBand, LicenseEdition, Plan, Priority, RequestCategory } from "../domain/catalog.js";
import { readCatalog, type Problem } from "../domain/catalog-reader.js";
import { diffCatalogs, sameCatalog, type CatalogChange } from "../domain/catalog-diff.js";
import * as edits from "../domain/draft-edits.js";
import { addedProblems, blocking, draftProblems, type Rename } from "../domain/draft-edits.js";
import { badInput, DomainError, notFound } from "../domain/errors.js";
import { Dec } from "../domain/money.js";
import { KEY_PATTERN } from "../domain/validate-catalog.js";
import { CatalogEntity } from "../db/entities/catalog.entity.js";
import type { PublishedVersion } from "../db/snapshot.js";
import type { AuditService } from "./audit.service.js";
import { checkedCatalog, type CatalogService } from "./catalog.service.js";
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

/** Who changed a draft after a revision, and what changed. */
export interface DraftChangesSince {
  since: number;
  revision: number;
  /** Emails, the latest editor first. */
  editedBy: string[];
  /** null: the revision was not kept (made before revisions were recorded). */
  changes: CatalogChange[] | null;
}

/** One draft edit: the pure change, and how to name it in the audit log. */
interface DraftEdit {
  /** "plan.update": recorded as "catalog.plan.update". */
  action: string;
  /** What was done, in words ('Updated the plan "Business"'); the changes found are appended. */
  lead: string;
  apply: (catalog: Catalog) => Catalog;
  /** The part of the document the edit is about, before and after (for the audit log). */
  part?: { before: (c: Catalog) => unknown; after: (c: Catalog) => unknown };
  rename?: Rename;
  /** Also sets the catalog's quote settings, which live beside the draft, not in it. */
  settings?: QuoteSettings;
}

/** What a catalog sets for its quotes beside the draft (not versioned with it). */
interface QuoteSettings {
  discountApprovalThreshold?: string;
  defaultValidityDays?: number;
}

const MAX_VALIDITY_DAYS = 365;

/** The settings that were given (of those in \`keys\`, when given): undefined ones dropped. */
function pickGiven(settings: QuoteSettings, keys: QuoteSettings = settings): QuoteSettings {
  return Object.fromEntries(Object.entries(settings).filter(([k, v]) => v !== undefined && (keys as Record<string, unknown>)[k] !== undefined));
}

function conflict(revision: number, current: number): DomainError {
  return new DomainError(
    "CONFLICT",
    `The draft was changed by someone else since revision ${revision}; it is now at revision ${current}. Your change was not saved: read what changed since (draftChangesSince) and make it again on the current revision.`,
    "revision",
    { currentRevision: current },
  );
}

/** Numeric columns come back with their scale ("15.0000"). */
function trimDecimal(value: string): string {
  return new Dec(value).toString();
}

function rename(list: Rename["list"], from: string, to: string): Rename | undefined {
  return from === to ? undefined : { list, from, to };
}

const byKey = <T extends { key: string }>(items: T[], key: string): T | null => items.find((i) => i.key === key) ?? null;

/** What deleting a catalog keeps, in words. */
function kept(versions: number | null): string {
  if (!versions) return "";
  return versions === 1 ? "; its published version is kept for the quotes made from it" : `; its ${versions} published versions are kept for the quotes made from them`;
}

/** At most this much of a change list goes into an audit summary. */
const SUMMARY_LIMIT = 1000;

function auditSummary(lead: string, changes: string[]): string {
  if (changes.length === 0) return `${lead} (nothing changed)`;
  const text = `${lead}: ${changes.join("; ")}`;
  return text.length > SUMMARY_LIMIT ? `${text.slice(0, SUMMARY_LIMIT - 3)}...` : text;
}

/**
 * Catalog administration: drafts edited under optimistic concurrency, publishing, import
 * and export, versions and their differences. Every change runs in one transaction with
 * its audit entry.
 */
export class CatalogAdminService {
  constructor(
    private readonly ds: DataSource,
    private readonly catalogs: CatalogService,
    private readonly audit: AuditService,
  ) {}

  private async row(db: EntityManager, slug: string, lock = false): Promise<CatalogEntity> {
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
  private async loadVersion(catalogId: string, number: number, field: string, db: EntityManager = this.ds.manager): Promise<PublishedVersion> {
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

  /** Published versions, newest first, with who published them. */
  async versions(slug: string): Promise<VersionInfo[]> {
    const row = await this.row(this.ds.manager, slug);
    return this.ds.query(
      `SELECT v.number, v.published_at AS "publishedAt", u.email AS "publishedBy"
         FROM catalog_version v LEFT JOIN app_user u ON u.id = v.published_by
        WHERE v.catalog_id = $1
        ORDER BY v.number DESC`,
      [row.id],
    );
  }

  async version(slug: string, number: number): Promise<AdminVersion> {
    const row = await this.row(this.ds.manager, slug);
    const version = await this.loadVersion(row.id, number, "number");
    const info = (await this.versions(slug)).find((v) => v.number === number)!;
    return { ...info, version };
  }

  /** What changed from version `from` to version `to`, or to the draft when `to` is null. */
  async diff(slug: string, from: number, to: number | null): Promise<CatalogDiffResult> {
    const row = await this.row(this.ds.manager, slug);
    const a = (await this.loadVersion(row.id, from, "from")).catalog;
    const b = to === null ? readCatalog(row.draft).catalog : (await this.loadVersion(row.id, to, "to")).catalog;
    return { from, to, changes: diffCatalogs(a, b) };
  }

  /** The document in the import format: a published version, or the draft when `version` is null. */
  async export(slug: string, version: number | null): Promise<Catalog> {
    const row = await this.row(this.ds.manager, slug);
    if (version === null) return readCatalog(row.draft).catalog;
    return (await this.loadVersion(row.id, version, "version")).catalog;
  }

  // Catalogs

  private summaryOf(row: CatalogEntity, catalog: Catalog, publishedVersion: number | null, hasUnpublishedChanges: boolean): AdminCatalogSummary {
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

  /** Publishes the draft as the next version, when it is still at `revision` and has no problem. */
  async publish(actor: Viewer, slug: string, revision: number): Promise<AdminCatalogSummary> {
    return this.ds.transaction(async (tx) => {
      const row = await this.row(tx, slug, true);
      if (row.draftRevision !== revision) throw conflict(revision, row.draftRevision);
      const previous = row.publishedVersion ? await this.loadVersion(row.id, row.publishedVersion, "slug", tx) : null;
      const catalog = readCatalog(row.draft).catalog;
      // Publishing is idempotent per revision: a repeat (or a retry racing the first, which waits
      // on the row lock above) answers the version already made from this unchanged draft.
      if (previous && sameCatalog(previous.catalog, catalog)) return this.summaryOf(row, catalog, previous.number, false);
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
      return this.summaryOf(row, catalog, number, false);
    });
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
        if (existing.publishedVersion) published = (await this.loadVersion(existing.id, existing.publishedVersion, "slug", tx)).catalog;
        await this.writeDraft(tx, actor, existing.id, before, catalog, options.replaceDraftOf);
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
      return this.summaryOf(row, catalog, row.publishedVersion, unpublished);
    });
  }

  // Draft edits

  /** Writes the draft if it is still at `revision`; CONFLICT (with the current revision) otherwise. */
  private async writeDraft(tx: EntityManager, actor: Viewer, id: string, before: Catalog, catalog: Catalog, revision: number, settings: QuoteSettings = {}): Promise<void> {
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

  /** Who changed the draft after revision `since`, and what changed (null when that revision was not kept). */
  async changesSince(slug: string, since: number): Promise<DraftChangesSince> {
    const row = await this.row(this.ds.manager, slug);
    if (since >= row.draftRevision) return { since, revision: row.draftRevision, editedBy: [], changes: [] };
    const base: { document: unknown }[] = await this.ds.query(`SELECT document FROM catalog_draft_revision WHERE catalog_id = $1 AND revision = $2`, [row.id, since]);
    const editors: { email: string | null }[] = await this.ds.query(
      `SELECT u.email, max(r.edited_at) AS at FROM catalog_draft_revision r LEFT JOIN app_user u ON u.id = r.edited_by
        WHERE r.catalog_id = $1 AND r.revision > $2 GROUP BY u.email ORDER BY at DESC`,
      [row.id, since],
    );
    return {
      since,
      revision: row.draftRevision,
      editedBy: editors.map((e) => e.email ?? "someone"),
      changes: base.length === 0 ? null : diffCatalogs(readCatalog(base[0].document).catalog, readCatalog(row.draft).catalog),
    };
  }

  /**
   * Applies one edit to the draft at `revision`: refuses it when the draft has moved on
   * (CONFLICT) or when the edit brings in a problem (BAD_USER_INPUT, each new problem with
   * its path); problems the draft already had do not block it.
   */
  private async edit(actor: Viewer, slug: string, revision: number, edit: DraftEdit): Promise<DraftState> {
    return this.ds.transaction(async (tx) => {
      const row = await this.row(tx, slug);
      if (row.draftRevision !== revision) throw conflict(revision, row.draftRevision);
      const before = draftProblems(row.draft);
      // Read back as if it came from outside, so the saved draft is in the reader's normal form.
      const after = draftProblems(JSON.parse(JSON.stringify(edit.apply(before.catalog))));
      const added = addedProblems(before, after, edit.rename);
      if (added.length > 0) throw badInput(added[0].message, added[0].path, { problems: added });
      await this.writeDraft(tx, actor, row.id, before.catalog, after.catalog, revision, edit.settings);
      const changes = diffCatalogs(before.catalog, after.catalog).map((c) => c.summary);
      const old = { discountApprovalThreshold: trimDecimal(row.discountApprovalThreshold), defaultValidityDays: row.defaultValidityDays };
      const next = {
        discountApprovalThreshold: trimDecimal(edit.settings?.discountApprovalThreshold ?? row.discountApprovalThreshold),
        defaultValidityDays: edit.settings?.defaultValidityDays ?? row.defaultValidityDays,
      };
      if (next.defaultValidityDays !== old.defaultValidityDays) changes.unshift(`Default validity: ${old.defaultValidityDays} → ${next.defaultValidityDays} days`);
      if (next.discountApprovalThreshold !== old.discountApprovalThreshold) {
        changes.unshift(`Discount approval threshold: ${old.discountApprovalThreshold}% → ${next.discountApprovalThreshold}%`);
      }
      const withSettings = (part: unknown, settings: QuoteSettings) =>
        edit.settings === undefined ? part : { ...(part as object), ...pickGiven(settings, edit.settings) };
      await this.audit.record(tx, actor, {
        action: `catalog.${edit.action}`,
        entity: "catalog",
        entityKey: slug,
        summary: auditSummary(edit.lead, changes),
        before: withSettings(edit.part ? edit.part.before(before.catalog) : null, old),
        after: withSettings(edit.part ? edit.part.after(after.catalog) : null, next),
      });
      return {
        slug,
        revision: revision + 1,
        publishedVersion: row.publishedVersion,
        ...next,
        catalog: after.catalog,
        problems: after.problems,
      };
    });
  }

  updateInfo(
    actor: Viewer,
    slug: string,
    revision: number,
    changes: edits.CatalogInfoChanges & QuoteSettings,
  ): Promise<DraftState> {
    const { discountApprovalThreshold: threshold, defaultValidityDays: days, ...info } = changes;
    if (threshold !== undefined && !(/^\d{1,3}(\.\d{1,4})?$/.test(threshold) && new Dec(threshold).lte(100))) {
      throw badInput("The discount approval threshold is a percent from 0 to 100 with at most 4 decimals", "discountApprovalThreshold");
    }
    if (days !== undefined && !(Number.isInteger(days) && days >= 1 && days <= MAX_VALIDITY_DAYS)) {
      throw badInput(`A quote's default validity is a whole number of days from 1 to ${MAX_VALIDITY_DAYS}`, "defaultValidityDays");
    }
    const settings = threshold === undefined && days === undefined ? undefined : pickGiven({ discountApprovalThreshold: threshold, defaultValidityDays: days });
    const pick = (c: Catalog) => ({ name: c.name, currency: c.currency, description: c.description, vendor: c.vendor, guaranteeNote: c.guaranteeNote, notes: c.notes, editorNotes: c.editorNotes });
    return this.edit(actor, slug, revision, {
      action: "info.update",
      lead: "Updated the catalog information",
      apply: (c) => edits.updateCatalogInfo(c, info),
      part: { before: pick, after: pick },
      settings,
    });
  }

  private keyed<T extends { key: string }>(list: (c: Catalog) => T[], key: string, newKey = key) {
    return { before: (c: Catalog) => byKey(list(c), key), after: (c: Catalog) => byKey(list(c), newKey) };
  }

  addPlan(actor: Viewer, slug: string, revision: number, plan: Plan, position: number | null): Promise<DraftState> {
    return this.edit(actor, slug, revision, {
      action: "plan.add",
      lead: `Added the plan "${plan.name}"`,
      apply: (c) => edits.addPlan(c, plan, position),
      part: this.keyed((c) => c.plans, plan.key),
    });
  }

  /** Changes the fields given; the others keep their value. */
  updatePlan(actor: Viewer, slug: string, revision: number, key: string, changes: Partial<Plan>): Promise<DraftState> {
    const newKey = changes.key ?? key;
    return this.edit(actor, slug, revision, {
      action: "plan.update",
      lead: `Updated the plan "${changes.name ?? key}"`,
      apply: (c) => edits.updatePlan(c, key, changes),
      part: this.keyed((c) => c.plans, key, newKey),
      rename: rename("plans", key, newKey),
    });
  }

  removePlan(actor: Viewer, slug: string, revision: number, key: string): Promise<DraftState> {
    return this.edit(actor, slug, revision, {
      action: "plan.remove",
      lead: `Removed the plan "${key}"`,
      apply: (c) => edits.removePlan(c, key),
      part: this.keyed((c) => c.plans, key),
    });
  }

  movePlan(actor: Viewer, slug: string, revision: number, key: string, position: number): Promise<DraftState> {
    return this.edit(actor, slug, revision, {
      action: "plan.move",
      lead: `Moved the plan "${key}" to position ${position}`,
      apply: (c) => edits.movePlan(c, key, position),
      part: { before: (c) => c.plans.map((p) => p.key), after: (c) => c.plans.map((p) => p.key) },
    });
  }

  addFeatureGroup(actor: Viewer, slug: string, revision: number, group: FeatureGroup, position: number | null): Promise<DraftState> {
    return this.edit(actor, slug, revision, {
      action: "feature-group.add",
      lead: `Added the group "${group.label}"`,
      apply: (c) => edits.addFeatureGroup(c, group, position),
      part: this.keyed((c) => c.featureGroups, group.key),
    });
  }

  updateFeatureGroup(actor: Viewer, slug: string, revision: number, key: string, changes: Partial<FeatureGroup>): Promise<DraftState> {
    const newKey = changes.key ?? key;
    return this.edit(actor, slug, revision, {
      action: "feature-group.update",
      lead: `Updated the group "${changes.label ?? key}"`,
      apply: (c) => edits.updateFeatureGroup(c, key, changes),
      part: this.keyed((c) => c.featureGroups, key, newKey),
      rename: rename("featureGroups", key, newKey),
    });
  }

  removeFeatureGroup(actor: Viewer, slug: string, revision: number, key: string): Promise<DraftState> {
    return this.edit(actor, slug, revision, {
      action: "feature-group.remove",
      lead: `Removed the group "${key}"`,
      apply: (c) => edits.removeFeatureGroup(c, key),
      part: this.keyed((c) => c.featureGroups, key),
    });
  }

  moveFeatureGroup(actor: Viewer, slug: string, revision: number, key: string, position: number): Promise<DraftState> {
    return this.edit(actor, slug, revision, {
      action: "feature-group.move",
      lead: `Moved the group "${key}" to position ${position}`,
      apply: (c) => edits.moveFeatureGroup(c, key, position),
      part: { before: (c) => c.featureGroups.map((g) => g.key), after: (c) => c.featureGroups.map((g) => g.key) },
    });
  }

  addFeature(actor: Viewer, slug: string, revision: number, feature: Feature, position: number | null): Promise<DraftState> {
    return this.edit(actor, slug, revision, {
      action: "feature.add",
      lead: `Added the row "${feature.label}"`,
      apply: (c) => edits.addFeature(c, feature, position),
      part: this.keyed((c) => c.features, feature.key),
    });
  }

  updateFeature(actor: Viewer, slug: string, revision: number, key: string, changes: Partial<Feature>): Promise<DraftState> {
    const newKey = changes.key ?? key;
    return this.edit(actor, slug, revision, {
      action: "feature.update",
      lead: `Updated the row "${changes.label ?? key}"`,
      apply: (c) => edits.updateFeature(c, key, changes),
      part: this.keyed((c) => c.features, key, newKey),
      rename: rename("features", key, newKey),
    });
  }

  removeFeature(actor: Viewer, slug: string, revision: number, key: string): Promise<DraftState> {
    return this.edit(actor, slug, revision, {
      action: "feature.remove",
      lead: `Removed the row "${key}"`,
      apply: (c) => edits.removeFeature(c, key),
      part: this.keyed((c) => c.features, key),
    });
  }

  moveFeature(actor: Viewer, slug: string, revision: number, key: string, position: number): Promise<DraftState> {
    return this.edit(actor, slug, revision, {
      action: "feature.move",
      lead: `Moved the row "${key}" to position ${position}`,
      apply: (c) => edits.moveFeature(c, key, position),
      part: { before: (c) => c.features.map((f) => f.key), after: (c) => c.features.map((f) => f.key) },
    });
  }

  setCell(actor: Viewer, slug: string, revision: number, featureKey: string, planKey: string, cell: Cell | null): Promise<DraftState> {
    const at = (c: Catalog) => byKey(c.features, featureKey)?.cells[planKey] ?? null;
    return this.edit(actor, slug, revision, {
      action: "cell.set",
      lead: cell === null ? `Emptied the cell ${featureKey} / ${planKey}` : `Set the cell ${featureKey} / ${planKey}`,
      apply: (c) => edits.setCell(c, featureKey, planKey, cell),
      part: { before: at, after: at },
    });
  }

  addPriority(actor: Viewer, slug: string, revision: number, priority: Priority, position: number | null): Promise<DraftState> {
    return this.edit(actor, slug, revision, {
      action: "priority.add",
      lead: `Added the priority "${priority.label}"`,
      apply: (c) => edits.addPriority(c, priority, position),
      part: this.keyed((c) => c.priorities, priority.key),
    });
  }

  updatePriority(actor: Viewer, slug: string, revision: number, key: string, changes: Partial<Priority>): Promise<DraftState> {
    const newKey = changes.key ?? key;
    return this.edit(actor, slug, revision, {
      action: "priority.update",
      lead: `Updated the priority "${changes.label ?? key}"`,
      apply: (c) => edits.updatePriority(c, key, changes),
      part: this.keyed((c) => c.priorities, key, newKey),
      rename: rename("priorities", key, newKey),
    });
  }

  removePriority(actor: Viewer, slug: string, revision: number, key: string): Promise<DraftState> {
    return this.edit(actor, slug, revision, {
      action: "priority.remove",
      lead: `Removed the priority "${key}" and its response targets`,
      apply: (c) => edits.removePriority(c, key),
      part: {
        before: (c) => ({ priority: byKey(c.priorities, key), targets: Object.fromEntries(c.plans.flatMap((p) => (p.sla[key] ? [[p.key, p.sla[key]]] : []))) }),
        after: () => null,
      },
    });
  }

  movePriority(actor: Viewer, slug: string, revision: number, key: string, position: number): Promise<DraftState> {
    return this.edit(actor, slug, revision, {
      action: "priority.move",
      lead: `Moved the priority "${key}" to position ${position}`,
      apply: (c) => edits.movePriority(c, key, position),
      part: { before: (c) => c.priorities.map((p) => p.key), after: (c) => c.priorities.map((p) => p.key) },
    });
  }

  addExclusion(actor: Viewer, slug: string, revision: number, exclusion: Exclusion, position: number | null): Promise<DraftState> {
    return this.edit(actor, slug, revision, {
      action: "exclusion.add",
      lead: "Added an exclusion",
      apply: (c) => edits.addExclusion(c, exclusion, position),
      part: { before: () => null, after: () => exclusion },
    });
  }

  updateExclusion(actor: Viewer, slug: string, revision: number, index: number, changes: Partial<Exclusion>): Promise<DraftState> {
    return this.edit(actor, slug, revision, {
      action: "exclusion.update",
      lead: `Updated exclusion ${index + 1}`,
      apply: (c) => edits.updateExclusion(c, index, changes),
      part: { before: (c) => c.exclusions[index] ?? null, after: (c) => c.exclusions[index] ?? null },
    });
  }

  removeExclusion(actor: Viewer, slug: string, revision: number, index: number): Promise<DraftState> {
    return this.edit(actor, slug, revision, {
      action: "exclusion.remove",
      lead: `Removed exclusion ${index + 1}`,
      apply: (c) => edits.removeExclusion(c, index),
      part: { before: (c) => c.exclusions[index] ?? null, after: () => null },
    });
  }

  moveExclusion(actor: Viewer, slug: string, revision: number, index: number, position: number): Promise<DraftState> {
    return this.edit(actor, slug, revision, {
      action: "exclusion.move",
      lead: `Moved exclusion ${index + 1} to position ${position}`,
      apply: (c) => edits.moveExclusion(c, index, position),
      part: { before: (c) => c.exclusions.map((e) => e.text), after: (c) => c.exclusions.map((e) => e.text) },
    });
  }

  addRequestCategory(actor: Viewer, slug: string, revision: number, category: RequestCategory, position: number | null): Promise<DraftState> {
    return this.edit(actor, slug, revision, {
      action: "request-category.add",
      lead: `Added the request category "${category.label}"`,
      apply: (c) => edits.addRequestCategory(c, category, position),
      part: this.keyed((c) => c.requestCategories, category.key),
    });
  }

  updateRequestCategory(actor: Viewer, slug: string, revision: number, key: string, changes: Partial<RequestCategory>): Promise<DraftState> {
    const newKey = changes.key ?? key;
    return this.edit(actor, slug, revision, {
      action: "request-category.update",
      lead: `Updated the request category "${changes.label ?? key}"`,
      apply: (c) => edits.updateRequestCategory(c, key, changes),
      part: this.keyed((c) => c.requestCategories, key, newKey),
      rename: rename("requestCategories", key, newKey),
    });
  }

  removeRequestCategory(actor: Viewer, slug: string, revision: number, key: string): Promise<DraftState> {
    return this.edit(actor, slug, revision, {
      action: "request-category.remove",
      lead: `Removed the request category "${key}"`,
      apply: (c) => edits.removeRequestCategory(c, key),
      part: this.keyed((c) => c.requestCategories, key),
    });
  }

  moveRequestCategory(actor: Viewer, slug: string, revision: number, key: string, position: number): Promise<DraftState> {
    return this.edit(actor, slug, revision, {
      action: "request-category.move",
      lead: `Moved the request category "${key}" to position ${position}`,
      apply: (c) => edits.moveRequestCategory(c, key, position),
      part: { before: (c) => c.requestCategories.map((x) => x.key), after: (c) => c.requestCategories.map((x) => x.key) },
    });
  }

  setGuaranteeBands(actor: Viewer, slug: string, revision: number, bands: GuaranteeBand[], note: string | null | undefined): Promise<DraftState> {
    return this.edit(actor, slug, revision, {
      action: "guarantee-bands.set",
      lead: "Set the guarantee bands",
      apply: (c) => edits.setGuaranteeBands(c, bands, note),
      part: { before: (c) => c.guaranteeBands, after: (c) => c.guaranteeBands },
    });
  }

  setLicenseEditions(actor: Viewer, slug: string, revision: number, editions: LicenseEdition[]): Promise<DraftState> {
    return this.edit(actor, slug, revision, {
      action: "license-editions.set",
      lead: "Set the license editions",
      apply: (c) => edits.setLicenseEditions(c, editions),
      part: { before: (c) => c.licenseEditions, after: (c) => c.licenseEditions },
    });
  }
}
