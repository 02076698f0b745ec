import type { MigrationInterface, QueryRunner } from "typeorm";

/** Prospects' quote requests from the public page, with their own gap-free references. */
export class QuoteRequests1796081536000 implements MigrationInterface {
  name = "QuoteRequests1796081536000";

  async up(db: QueryRunner): Promise<void> {
    for (const sql of [
      `CREATE TABLE "quote_request" ("id" uuid NOT NULL, "reference" text NOT NULL, "status" text NOT NULL, "catalog_version_id" uuid NOT NULL, "plan_key" text NOT NULL, "add_on_keys" jsonb NOT NULL, "figures" jsonb NOT NULL, "total" numeric(22,2), "currency" character(3) NOT NULL, "company" text NOT NULL, "contact_name" text NOT NULL, "email" text NOT NULL, "message" text, "client_ip" text NOT NULL, "idempotency_key" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "owner_id" uuid, "taken_at" TIMESTAMP WITH TIME ZONE, "close_reason" text, "closed_at" TIMESTAMP WITH TIME ZONE, "quote_id" uuid, CONSTRAINT "PK_01f514a348a259756b58daffffb" PRIMARY KEY ("id"))`,
      `CREATE INDEX "quote_request_created" ON "quote_request"  ("created_at", "id") `,
      `CREATE INDEX "quote_request_ip_created" ON "quote_request"  ("client_ip", "created_at") `,
      `CREATE UNIQUE INDEX "quote_request_idempotency_key" ON "quote_request"  ("idempotency_key") `,
      `CREATE UNIQUE INDEX "quote_request_reference_key" ON "quote_request"  ("reference") `,
      `CREATE TABLE "quote_request_counter" ("year" integer NOT NULL, "last" integer NOT NULL, CONSTRAINT "PK_3b611c544179a5de83d7e128e58" PRIMARY KEY ("year"))`,
      `ALTER TABLE "quote_request" ADD CONSTRAINT "FK_c5db0f8d9957a1dcd33cd108a2a" FOREIGN KEY ("catalog_version_id") REFERENCES "catalog_version"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
      `ALTER TABLE "quote_request" ADD CONSTRAINT "FK_1cc79e416a61d49fd79fc0d7d3b" FOREIGN KEY ("owner_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
      `ALTER TABLE "quote_request" ADD CONSTRAINT "FK_ecc29502894b05365101942dcd2" FOREIGN KEY ("quote_id") REFERENCES "quote"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    ]) {
      await db.query(sql);
    }
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE "quote_request_counter" CASCADE`);
    await db.query(`DROP TABLE "quote_request" CASCADE`);
  }
}
