import type { MigrationInterface, QueryRunner } from "typeorm";

/** Emails written with the action that caused them, sent later by the server. */
export class Outbox1796086692000 implements MigrationInterface {
  name = "Outbox1796086692000";

  async up(db: QueryRunner): Promise<void> {
    await db.query(
      `CREATE TABLE "outbox_message" ("id" uuid NOT NULL, "kind" text NOT NULL, "to" text NOT NULL, "subject" text NOT NULL, "text" text NOT NULL, "html" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "sent_at" TIMESTAMP WITH TIME ZONE, "attempts" integer NOT NULL DEFAULT 0, "next_attempt_at" TIMESTAMP WITH TIME ZONE, "last_error" text, CONSTRAINT "PK_outbox_message" PRIMARY KEY ("id"))`,
    );
    await db.query(`CREATE INDEX "outbox_message_created" ON "outbox_message" ("created_at", "id")`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE "outbox_message"`);
  }
}
