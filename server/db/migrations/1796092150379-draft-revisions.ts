import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Each draft revision's document and who made it, so an editor whose save was refused
 * (CONFLICT) can be told who changed the draft since their revision and what changed.
 */
export class DraftRevisions1796092150379 implements MigrationInterface {
  name = "DraftRevisions1796092150379";

  async up(db: QueryRunner): Promise<void> {
    await db.query(
      `CREATE TABLE "catalog_draft_revision" (
         "catalog_id" uuid NOT NULL REFERENCES "catalog"("id") ON DELETE CASCADE,
         "revision" integer NOT NULL,
         "document" jsonb NOT NULL,
         "edited_by" uuid REFERENCES "app_user"("id") ON DELETE SET NULL,
         "edited_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
         PRIMARY KEY ("catalog_id", "revision")
       )`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE "catalog_draft_revision"`);
  }
}
