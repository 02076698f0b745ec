import type { MigrationInterface, QueryRunner } from "typeorm";

/** How many days a new quote of a catalog stays valid (instant quotes take it as is). */
export class CatalogValidity1796092128121 implements MigrationInterface {
  name = "CatalogValidity1796092128121";

  async up(db: QueryRunner): Promise<void> {
    await db.query(
      `ALTER TABLE "catalog" ADD "default_validity_days" integer NOT NULL DEFAULT 30`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE "catalog" DROP COLUMN "default_validity_days"`);
  }
}
