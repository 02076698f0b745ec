import type { MigrationInterface, QueryRunner } from "typeorm";
import { validityEnd } from "../../domain/quote.js";

/**
 * The instant a quote's validity ends, stored so lists and filters read EXPIRED in SQL exactly
 * as a row does; existing quotes get theirs from their validity date and zone.
 */
export class QuoteExpiry1796084351000 implements MigrationInterface {
  name = "QuoteExpiry1796084351000";

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE "quote" ADD "expires_at" TIMESTAMP WITH TIME ZONE`);
    const rows: { id: string; valid_until: string | null; time_zone: string }[] = await db.query(
      `SELECT id, to_char(valid_until, 'YYYY-MM-DD') AS valid_until, time_zone FROM "quote" WHERE valid_until IS NOT NULL`,
    );
    for (const r of rows) await db.query(`UPDATE "quote" SET "expires_at" = $2 WHERE id = $1`, [r.id, validityEnd(r.valid_until, r.time_zone)]);
    await db.query(`CREATE INDEX "quote_status_expires" ON "quote" ("status", "expires_at")`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX "quote_status_expires"`);
    await db.query(`ALTER TABLE "quote" DROP COLUMN "expires_at"`);
  }
}
