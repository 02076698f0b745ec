import { randomUUID } from "node:crypto";
import type { MigrationInterface, QueryRunner } from "typeorm";
import type { Catalog, Feature } from "../../domain/catalog.js";
import { readCatalog } from "../../domain/catalog-reader.js";
import { deriveFactRows } from "../../domain/derive-fact-rows.js";
import { featureCellDisplay } from "../../domain/fact-rows.js";
import { readVersions } from "../snapshot.js";

const BATCH = 50;

/**
 * One fact, one place: feature rows can be derived from a plan's structured facts (price,
 * response targets, support hours, authorized contacts, eligibility), plans state their
 * authorized contacts, and the product's own notes are kept apart from the vendor's.
 *
 * Existing drafts and published versions are converted: each free-text row that restates
 * a structured fact and agrees with it becomes a derived row (see deriveFactRows; a row
 * that disagrees stays as typed, and the problems list warns about it). Quotes keep what
 * they froze and are not touched.
 */
export class FactRows1796081599000 implements MigrationInterface {
  name = "FactRows1796081599000";

  async up(db: QueryRunner): Promise<void> {
    for (const sql of [
      `ALTER TABLE "catalog_version" ADD "editor_notes" jsonb NOT NULL DEFAULT '[]'`,
      `ALTER TABLE "plan" ADD "authorized_contacts" integer`,
      `ALTER TABLE "pricing_rule" ADD "editor_note" text`,
      `ALTER TABLE "feature" ADD "source_kind" text`,
      `ALTER TABLE "feature" ADD "source_priorities" text array NOT NULL DEFAULT '{}'`,
      `ALTER TABLE "feature_cell" ADD "editor_note" text`,
      `ALTER TABLE "feature_cell" ADD "shape" text`,
    ]) {
      await db.query(sql);
    }
    await convertDrafts(db, (catalog) => {
      const { catalog: next, derived } = deriveFactRows(catalog);
      return derived.length > 0 ? next : null;
    });
    await convertVersions(db, async (versionId, catalog) => {
      const { catalog: next, derived } = deriveFactRows(catalog);
      for (const plan of next.plans) {
        const before = catalog.plans.find((p) => p.key === plan.key);
        if (before && before.authorizedContacts !== plan.authorizedContacts) {
          await db.query(`UPDATE "plan" SET "authorized_contacts" = $3 WHERE "version_id" = $1 AND "key" = $2`, [versionId, plan.key, plan.authorizedContacts]);
        }
      }
      for (const key of derived) await rewriteFeature(db, versionId, next.features.find((f) => f.key === key)!);
    });
  }

  /** Back to typed rows: each derived row becomes a text row holding what its cells read. */
  async down(db: QueryRunner): Promise<void> {
    const typed = (catalog: Catalog): Catalog => ({
      ...catalog,
      features: catalog.features.map((f) => (f.source ? typedCopy(catalog, f) : f)),
    });
    await convertDrafts(db, (catalog) => (catalog.features.some((f) => f.source) ? typed(catalog) : null));
    await convertVersions(db, async (versionId, catalog) => {
      const next = typed(catalog);
      for (const f of next.features) {
        if (catalog.features.find((x) => x.key === f.key)?.source) await rewriteFeature(db, versionId, f);
      }
    });
    for (const sql of [
      `ALTER TABLE "feature_cell" DROP COLUMN "shape"`,
      `ALTER TABLE "feature_cell" DROP COLUMN "editor_note"`,
      `ALTER TABLE "feature" DROP COLUMN "source_priorities"`,
      `ALTER TABLE "feature" DROP COLUMN "source_kind"`,
      `ALTER TABLE "pricing_rule" DROP COLUMN "editor_note"`,
      `ALTER TABLE "plan" DROP COLUMN "authorized_contacts"`,
      `ALTER TABLE "catalog_version" DROP COLUMN "editor_notes"`,
    ]) {
      await db.query(sql);
    }
  }
}

function typedCopy(catalog: Catalog, f: Feature): Feature {
  const cells: Feature["cells"] = {};
  for (const plan of catalog.plans) {
    const display = featureCellDisplay(catalog, f, plan);
    const cell = f.cells[plan.key];
    if (display !== null) cells[plan.key] = { value: display, text: null, note: cell?.note ?? null, editorNote: cell?.editorNote ?? null, shape: null };
  }
  return { ...f, type: "TEXT", source: null, cells };
}

/** Rewrites each readable draft the conversion changes; the revision moves on, so an editor
 * still holding the old draft is told to reload rather than overwrite the converted one. */
async function convertDrafts(db: QueryRunner, convert: (catalog: Catalog) => Catalog | null): Promise<void> {
  const drafts: { id: string; draft: unknown }[] = await db.query(`SELECT "id", "draft" FROM "catalog"`);
  for (const row of drafts) {
    const { catalog, problems } = readCatalog(row.draft);
    // A draft the reader cannot fully read is left as it is, for its admin to finish.
    if (problems.length > 0) continue;
    const next = convert(catalog);
    if (!next) continue;
    await db.query(`UPDATE "catalog" SET "draft" = $2, "draft_revision" = "draft_revision" + 1 WHERE "id" = $1`, [row.id, JSON.stringify(next)]);
  }
}

async function convertVersions(db: QueryRunner, convert: (versionId: string, catalog: Catalog) => Promise<void>): Promise<void> {
  const ids: string[] = (await db.query(`SELECT "id" FROM "catalog_version" ORDER BY "id"`)).map((r: { id: string }) => r.id);
  for (let i = 0; i < ids.length; i += BATCH) {
    const versions = await readVersions(db.manager, ids.slice(i, i + BATCH));
    for (const [id, v] of versions) await convert(id, v.catalog);
  }
}

/** Writes a row of a published version again: its kind of row and all its cells. */
async function rewriteFeature(db: QueryRunner, versionId: string, f: Feature): Promise<void> {
  const [row]: { id: string }[] = await db.query(`SELECT "id" FROM "feature" WHERE "version_id" = $1 AND "key" = $2`, [versionId, f.key]);
  await db.query(`UPDATE "feature" SET "value_type" = $2, "source_kind" = $3, "source_priorities" = $4 WHERE "id" = $1`, [
    row.id,
    f.type,
    f.source?.kind ?? null,
    f.source?.priorities ?? [],
  ]);
  await db.query(`DELETE FROM "feature_cell" WHERE "feature_id" = $1`, [row.id]);
  for (const [planKey, cell] of Object.entries(f.cells)) {
    await db.query(
      `INSERT INTO "feature_cell" ("id", "feature_id", "plan_id", "value", "text", "note", "editor_note", "shape")
       SELECT $1::uuid, $2::uuid, p."id", $4::jsonb, $5::text, $6::text, $7::text, $8::text FROM "plan" p WHERE p."version_id" = $3::uuid AND p."key" = $9::text`,
      [randomUUID(), row.id, versionId, JSON.stringify({ v: cell.value }), cell.text, cell.note, cell.editorNote, cell.shape, planKey],
    );
  }
}
