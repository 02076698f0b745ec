import type { MigrationInterface, QueryRunner } from "typeorm";

/** Users and sessions, the audit log, quotes with their numbers and share links. */
export class AccountsAndQuotes1763900000000 implements MigrationInterface {
  name = "AccountsAndQuotes1763900000000";

  async up(db: QueryRunner): Promise<void> {
    for (const sql of [
      `CREATE TABLE "app_user" ("id" uuid NOT NULL, "email" text NOT NULL, "name" text NOT NULL, "role" text NOT NULL, "password_hash" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "disabled_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_22a5c4a3d9b2fb8e4e73fc4ada1" PRIMARY KEY ("id"))`,
      `CREATE UNIQUE INDEX "app_user_email_key" ON "app_user"  ("email") `,
      `CREATE TABLE "session" ("token_hash" text NOT NULL, "user_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "absolute_expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_a83507eb0338ac037780e02f2b9" PRIMARY KEY ("token_hash"))`,
      `CREATE INDEX "session_user" ON "session"  ("user_id") `,
      `CREATE TABLE "login_failure" ("id" uuid NOT NULL, "email" text NOT NULL, "ip" text NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_5df78140d5d3f4afc249d879cdf" PRIMARY KEY ("id"))`,
      `CREATE INDEX "login_failure_ip_at" ON "login_failure"  ("ip", "at") `,
      `CREATE INDEX "login_failure_email_at" ON "login_failure"  ("email", "at") `,
      `CREATE TABLE "audit_log" ("id" uuid NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL, "actor_id" uuid, "actor_email" text, "action" text NOT NULL, "entity" text NOT NULL, "entity_key" text NOT NULL, "summary" text NOT NULL, "before" jsonb, "after" jsonb, CONSTRAINT "PK_07fefa57f7f5ab8fc3f52b3ed0b" PRIMARY KEY ("id"))`,
      `CREATE INDEX "audit_log_entity" ON "audit_log"  ("entity", "entity_key") `,
      `CREATE INDEX "audit_log_at" ON "audit_log"  ("at") `,
      `CREATE TABLE "quote" ("id" uuid NOT NULL, "number" text NOT NULL, "base_number" text NOT NULL, "revision" integer NOT NULL, "status" text NOT NULL, "lock_version" integer NOT NULL, "catalog_version_id" uuid NOT NULL, "customer_company" text NOT NULL, "customer_name" text NOT NULL, "customer_email" text NOT NULL, "time_zone" text NOT NULL, "valid_until" date, "input" jsonb NOT NULL, "computed" jsonb NOT NULL, "total" numeric(19,2), "currency" character(3) NOT NULL, "approval_required" boolean NOT NULL, "approved_fingerprint" text, "approved_by" uuid, "approved_at" TIMESTAMP WITH TIME ZONE, "superseded_by" uuid, "created_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL, "sent_at" TIMESTAMP WITH TIME ZONE, "decided_at" TIMESTAMP WITH TIME ZONE, "decided_by_name" text, "accepted_option" integer, "decline_reason" text, CONSTRAINT "PK_b772d4cb09e587c8c72a78d2439" PRIMARY KEY ("id"))`,
      `CREATE UNIQUE INDEX "quote_base_number" ON "quote"  ("base_number", "revision") `,
      `CREATE INDEX "quote_created" ON "quote"  ("created_at", "id") `,
      `CREATE UNIQUE INDEX "quote_number_key" ON "quote"  ("number") `,
      `CREATE TABLE "quote_number_counter" ("year" integer NOT NULL, "last" integer NOT NULL, CONSTRAINT "PK_23cc2f55177ddede6bbf9f9125a" PRIMARY KEY ("year"))`,
      `CREATE TABLE "share_link" ("token_hash" text NOT NULL, "quote_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "created_by" uuid NOT NULL, "revoked_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_baf591b531906ad01104a628b17" PRIMARY KEY ("token_hash"))`,
      `CREATE INDEX "share_link_quote" ON "share_link"  ("quote_id") `,
      `ALTER TABLE "session" ADD CONSTRAINT "FK_30e98e8746699fb9af235410aff" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
      `ALTER TABLE "quote" ADD CONSTRAINT "FK_898fe25ec7a8c540b7b8422c8c2" FOREIGN KEY ("catalog_version_id") REFERENCES "catalog_version"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
      `ALTER TABLE "quote" ADD CONSTRAINT "FK_4a534919674f98109acb812d7f1" FOREIGN KEY ("created_by") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
      `ALTER TABLE "share_link" ADD CONSTRAINT "FK_b31fd3d9ab831b527654cf0a848" FOREIGN KEY ("quote_id") REFERENCES "quote"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    ]) {
      await db.query(sql);
    }
  }

  async down(db: QueryRunner): Promise<void> {
    for (const sql of [
      `DROP TABLE "share_link" CASCADE`,
      `DROP TABLE "quote_number_counter" CASCADE`,
      `DROP TABLE "quote" CASCADE`,
      `DROP TABLE "audit_log" CASCADE`,
      `DROP TABLE "login_failure" CASCADE`,
      `DROP TABLE "session" CASCADE`,
      `DROP TABLE "app_user" CASCADE`,
    ]) {
      await db.query(sql);
    }
  }
}
