import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Idempotency keys of mutations that create or send: one row per (operation, actor, key),
 * written in the transaction of the first request. The key is kept only as a hash; the
 * first answer is kept encrypted with a key derived from the idempotency key itself.
 */
export class IdempotencyKeys1796092413055 implements MigrationInterface {
  name = "IdempotencyKeys1796092413055";

  async up(db: QueryRunner): Promise<void> {
    await db.query(
      `CREATE TABLE "idempotency_key" ("scope" text NOT NULL, "actor" text NOT NULL, "key_hash" text NOT NULL, "fingerprint" text NOT NULL, "result" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_idempotency_key" PRIMARY KEY ("scope", "actor", "key_hash"))`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE "idempotency_key"`);
  }
}
