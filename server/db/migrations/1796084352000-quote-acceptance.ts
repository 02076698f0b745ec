import type { MigrationInterface, QueryRunner } from "typeorm";

/** What a customer agreed to when accepting a quote (option, clauses, contacts, name, time, address, digest). */
export class QuoteAcceptance1796084352000 implements MigrationInterface {
  name = "QuoteAcceptance1796084352000";

  async up(db: QueryRunner): Promise<void> {
    await db.query(
      `CREATE TABLE "quote_acceptance" ("quote_id" uuid NOT NULL, "option" integer NOT NULL, "option_label" text, "plan_name" text NOT NULL, "name" text NOT NULL, "contacts" jsonb NOT NULL, "clauses" jsonb NOT NULL, "client_ip" text NOT NULL, "accepted_at" TIMESTAMP WITH TIME ZONE NOT NULL, "content" text NOT NULL, "content_digest" text NOT NULL, CONSTRAINT "PK_quote_acceptance" PRIMARY KEY ("quote_id"), CONSTRAINT "FK_c2c3e5d9664b9e62bf754d84e3e" FOREIGN KEY ("quote_id") REFERENCES "quote"("id") ON DELETE CASCADE ON UPDATE NO ACTION)`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE "quote_acceptance"`);
  }
}
