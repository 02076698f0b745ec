/** A catalog's draft edited part by part under optimistic concurrency, and what changed since a revision. */
import type { DataSource } from "typeorm";
import type { Catalog, Cell, Exclusion, Feature, FeatureGroup, GuaranteeBand, LicenseEdition, Plan, Priority, RequestCategory } from "../domain/catalog.js";
import { readCatalog } from "../domain/catalog-reader.js";
import { diffCatalogs, type CatalogChange } from "../domain/catalog-diff.js";
import * as edits from "../domain/draft-edits.js";
import { addedProblems, draftProblems, type Rename } from "../domain/draft-edits.js";
import { badInput } from "../domain/errors.js";
import { Dec } from "../domain/money.js";
import type { AuditService } from "./audit.service.js";
import { auditSummary, conflict, trimDecimal, type CatalogAdminService, type DraftState, type QuoteSettings } from "./catalog-admin.service.js";
import type { Viewer } from "./viewer.js";

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

const MAX_VALIDITY_DAYS = 365;

/** The settings that were given (of those in \`keys\`, when given): undefined ones dropped. */
function pickGiven(settings: QuoteSettings, keys: QuoteSettings = settings): QuoteSettings {
  return Object.fromEntries(Object.entries(settings).filter(([k, v]) => v !== undefined && (keys as Record<string, unknown>)[k] !== undefined));
}

function rename(list: Rename["list"], from: string, to: string): Rename | undefined {
  return from === to ? undefined : { list, from, to };
}

const byKey = <T extends { key: string }>(items: T[], key: string): T | null => items.find((i) => i.key === key) ?? null;

/** Draft edits: each runs in one transaction with its audit entry, refused when the draft moved on or the edit brings in a problem. */
export class CatalogDraftService {
  constructor(
    private readonly ds: DataSource,
    private readonly admin: CatalogAdminService,
    private readonly audit: AuditService,
  ) {}

  /** Who changed the draft after revision `since`, and what changed (null when that revision was not kept). */
  async changesSince(slug: string, since: number): Promise<DraftChangesSince> {
    const row = await this.admin.row(this.ds.manager, slug);
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
      const row = await this.admin.row(tx, slug);
      if (row.draftRevision !== revision) throw conflict(revision, row.draftRevision);
      const before = draftProblems(row.draft);
      // Read back as if it came from outside, so the saved draft is in the reader's normal form.
      const after = draftProblems(JSON.parse(JSON.stringify(edit.apply(before.catalog))));
      const added = addedProblems(before, after, edit.rename);
      if (added.length > 0) throw badInput(added[0].message, added[0].path, { problems: added });
      await this.admin.writeDraft(tx, actor, row.id, before.catalog, after.catalog, revision, edit.settings);
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
