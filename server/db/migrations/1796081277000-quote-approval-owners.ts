import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Quotes get an owner (their creator until an admin reassigns them), an approval workflow
 * bound to a digest of what the customer sees, and the "price to be agreed" mark; plans
 * priced on request and unpublished packs get a price guidance (a floor, optionally a list price).
 */
export class QuoteApprovalOwners1796081277000 implements MigrationInterface {
  name = "QuoteApprovalOwners1796081277000";

  async up(db: QueryRunner): Promise<void> {
    for (const sql of [
      `ALTER TABLE "quote" ADD "approval_reasons" jsonb NOT NULL DEFAULT '[]'`,
      `ALTER TABLE "quote" ADD "fingerprint" text`,
      `ALTER TABLE "quote" ADD "approval_requested_by" uuid`,
      `ALTER TABLE "quote" ADD "approval_requested_at" TIMESTAMP WITH TIME ZONE`,
      `ALTER TABLE "quote" ADD "approval_note" text`,
      `ALTER TABLE "quote" ADD "approval_request_fingerprint" text`,
      `ALTER TABLE "quote" ADD "rejected_fingerprint" text`,
      `ALTER TABLE "quote" ADD "rejected_by" uuid`,
      `ALTER TABLE "quote" ADD "rejected_at" TIMESTAMP WITH TIME ZONE`,
      `ALTER TABLE "quote" ADD "rejection_reason" text`,
      `ALTER TABLE "quote" ADD "price_to_be_agreed" boolean NOT NULL DEFAULT false`,
      `ALTER TABLE "quote" ADD "owner_id" uuid`,
      `UPDATE "quote" SET "owner_id" = "created_by"`,
      `ALTER TABLE "quote" ALTER COLUMN "owner_id" SET NOT NULL`,
      `CREATE INDEX "quote_owner" ON "quote" ("owner_id")`,
      `ALTER TABLE "quote" ADD CONSTRAINT "FK_9e2a98b6b7c2cd76121dd15e808" FOREIGN KEY ("owner_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
      `ALTER TABLE "pricing_rule" ADD "guidance_floor" numeric(17,2)`,
      `ALTER TABLE "pricing_rule" ADD "guidance_list_price" numeric(17,2)`,
      `ALTER TABLE "credit_pack" ADD "guidance_floor" numeric(17,2)`,
      `ALTER TABLE "credit_pack" ADD "guidance_list_price" numeric(17,2)`,
    ]) {
      await db.query(sql);
    }
  }

  async down(db: QueryRunner): Promise<void> {
    for (const sql of [
      `ALTER TABLE "credit_pack" DROP COLUMN "guidance_list_price"`,
      `ALTER TABLE "credit_pack" DROP COLUMN "guidance_floor"`,
      `ALTER TABLE "pricing_rule" DROP COLUMN "guidance_list_price"`,
      `ALTER TABLE "pricing_rule" DROP COLUMN "guidance_floor"`,
      `ALTER TABLE "quote" DROP CONSTRAINT "FK_9e2a98b6b7c2cd76121dd15e808"`,
      `DROP INDEX "quote_owner"`,
      `ALTER TABLE "quote" DROP COLUMN "owner_id"`,
      `ALTER TABLE "quote" DROP COLUMN "price_to_be_agreed"`,
      `ALTER TABLE "quote" DROP COLUMN "rejection_reason"`,
      `ALTER TABLE "quote" DROP COLUMN "rejected_at"`,
      `ALTER TABLE "quote" DROP COLUMN "rejected_by"`,
      `ALTER TABLE "quote" DROP COLUMN "rejected_fingerprint"`,
      `ALTER TABLE "quote" DROP COLUMN "approval_request_fingerprint"`,
      `ALTER TABLE "quote" DROP COLUMN "approval_note"`,
      `ALTER TABLE "quote" DROP COLUMN "approval_requested_at"`,
      `ALTER TABLE "quote" DROP COLUMN "approval_requested_by"`,
      `ALTER TABLE "quote" DROP COLUMN "fingerprint"`,
      `ALTER TABLE "quote" DROP COLUMN "approval_reasons"`,
    ]) {
      await db.query(sql);
    }
  }
}
