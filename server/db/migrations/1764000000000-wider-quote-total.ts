import type { MigrationInterface, QueryRunner } from "typeorm";

/** numeric(19,2) held 17 integer digits; a 15-digit monthly price over 10 years makes 18. */
export class WiderQuoteTotal1764000000000 implements MigrationInterface {
  name = "WiderQuoteTotal1764000000000";

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE "quote" ALTER COLUMN "total" TYPE numeric(22,2)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE "quote" ALTER COLUMN "total" TYPE numeric(19,2)`);
  }
}
