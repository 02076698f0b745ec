import type { MigrationInterface, QueryRunner } from "typeorm";

/** Catalogs with their drafts, and published catalog versions with everything under them. */
export class CatalogSchema1763800000000 implements MigrationInterface {
  name = "CatalogSchema1763800000000";

  async up(db: QueryRunner): Promise<void> {
    for (const sql of [
      `CREATE TABLE "catalog" ("id" uuid NOT NULL, "slug" text NOT NULL, "draft" jsonb NOT NULL, "draft_revision" integer NOT NULL DEFAULT '1', "published_version" integer, "discount_approval_threshold" numeric(7,4) NOT NULL DEFAULT '15', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "deleted_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_782754bded12b4e75ad4afff913" PRIMARY KEY ("id"))`,
      `CREATE UNIQUE INDEX "catalog_slug_key" ON "catalog"  ("slug") `,
      `CREATE TABLE "catalog_version" ("id" uuid NOT NULL, "catalog_id" uuid NOT NULL, "number" integer NOT NULL, "slug" text NOT NULL, "name" text NOT NULL, "currency" character(3) NOT NULL, "description" text, "vendor" text, "license_editions" jsonb NOT NULL DEFAULT '[]', "guarantee_note" text, "notes" jsonb NOT NULL DEFAULT '[]', "published_at" TIMESTAMP WITH TIME ZONE NOT NULL, "published_by" uuid, CONSTRAINT "PK_cf6a6b67bfbe27014f0eb4214d8" PRIMARY KEY ("id"))`,
      `CREATE UNIQUE INDEX "catalog_version_number_key" ON "catalog_version"  ("catalog_id", "number") `,
      `CREATE TABLE "plan" ("id" uuid NOT NULL, "version_id" uuid NOT NULL, "position" integer NOT NULL, "key" text NOT NULL, "name" text NOT NULL, "tagline" text, "description" text, "for_you_if" jsonb NOT NULL DEFAULT '[]', "availability" text array NOT NULL, "add_on_to" text array NOT NULL DEFAULT '{}', "included_with" text, "requires_edition" text array NOT NULL DEFAULT '{}', "notes" jsonb NOT NULL DEFAULT '[]', CONSTRAINT "PK_54a2b686aed3b637654bf7ddbb3" PRIMARY KEY ("id"))`,
      `CREATE UNIQUE INDEX "plan_version_key" ON "plan"  ("version_id", "key") `,
      `CREATE TABLE "pricing_rule" ("id" uuid NOT NULL, "plan_id" uuid NOT NULL, "kind" text NOT NULL, "percent" numeric(8,4), "amount" numeric(17,2), "period" text NOT NULL DEFAULT 'YEAR', "minimum" numeric(17,2), "maximum" numeric(17,2), "note" text, CONSTRAINT "PK_70bd05029b296e414ce19688a99" PRIMARY KEY ("id"))`,
      `CREATE UNIQUE INDEX "pricing_rule_plan_key" ON "pricing_rule"  ("plan_id") `,
      `CREATE TABLE "credit_pack" ("id" uuid NOT NULL, "plan_id" uuid NOT NULL, "position" integer NOT NULL, "credits" integer NOT NULL, "price" numeric(17,2), CONSTRAINT "PK_db4291ed72a815f67d67c5b02e8" PRIMARY KEY ("id"))`,
      `CREATE UNIQUE INDEX "credit_pack_plan_credits" ON "credit_pack"  ("plan_id", "credits") `,
      `CREATE TABLE "support_calendar" ("id" uuid NOT NULL, "plan_id" uuid NOT NULL, "zones" text array NOT NULL, "always_open" boolean NOT NULL DEFAULT false, "windows" jsonb NOT NULL DEFAULT '[]', "holidays" text array NOT NULL DEFAULT '{}', "note" text, CONSTRAINT "PK_d789995ead2bee79b8e4fdda3b4" PRIMARY KEY ("id"))`,
      `CREATE UNIQUE INDEX "support_calendar_plan_key" ON "support_calendar"  ("plan_id") `,
      `CREATE TABLE "eligibility_limit" ("id" uuid NOT NULL, "plan_id" uuid NOT NULL, "position" integer NOT NULL, "figure" text NOT NULL, "comparison" text NOT NULL, "value" numeric(17,2) NOT NULL, CONSTRAINT "PK_f19e463f165a0f51d393f1bf82e" PRIMARY KEY ("id"))`,
      `CREATE INDEX "eligibility_limit_plan" ON "eligibility_limit"  ("plan_id") `,
      `CREATE TABLE "feature_group" ("id" uuid NOT NULL, "version_id" uuid NOT NULL, "position" integer NOT NULL, "key" text NOT NULL, "label" text NOT NULL, CONSTRAINT "PK_b2868a3c413f050e6a98b580efc" PRIMARY KEY ("id"))`,
      `CREATE UNIQUE INDEX "feature_group_version_key" ON "feature_group"  ("version_id", "key") `,
      `CREATE TABLE "feature" ("id" uuid NOT NULL, "version_id" uuid NOT NULL, "position" integer NOT NULL, "key" text NOT NULL, "label" text NOT NULL, "group_key" text, "value_type" text NOT NULL, "unit" text, "note" text, CONSTRAINT "PK_03930932f909ca4be8e33d16a2d" PRIMARY KEY ("id"))`,
      `CREATE UNIQUE INDEX "feature_version_key" ON "feature"  ("version_id", "key") `,
      `CREATE TABLE "feature_cell" ("id" uuid NOT NULL, "feature_id" uuid NOT NULL, "plan_id" uuid NOT NULL, "value" jsonb NOT NULL, "text" text, "note" text, CONSTRAINT "PK_272428ae90759c7a48e80166313" PRIMARY KEY ("id"))`,
      `CREATE UNIQUE INDEX "feature_cell_feature_plan" ON "feature_cell"  ("feature_id", "plan_id") `,
      `CREATE TABLE "exclusion" ("id" uuid NOT NULL, "version_id" uuid NOT NULL, "position" integer NOT NULL, "kind" text NOT NULL, "heading" text, "text" text NOT NULL, "plan_keys" text array NOT NULL DEFAULT '{}', CONSTRAINT "PK_7f8dcde2e607a96d66dce002e74" PRIMARY KEY ("id"))`,
      `CREATE INDEX "exclusion_version" ON "exclusion"  ("version_id") `,
      `CREATE TABLE "priority" ("id" uuid NOT NULL, "version_id" uuid NOT NULL, "position" integer NOT NULL, "key" text NOT NULL, "label" text NOT NULL, "definition" text, "examples" jsonb NOT NULL DEFAULT '[]', CONSTRAINT "PK_413921aa4a118e20f361ceba8b4" PRIMARY KEY ("id"))`,
      `CREATE UNIQUE INDEX "priority_version_key" ON "priority"  ("version_id", "key") `,
      `CREATE TABLE "sla_target" ("id" uuid NOT NULL, "version_id" uuid NOT NULL, "position" integer NOT NULL, "plan_id" uuid NOT NULL, "priority_key" text NOT NULL, "amount" numeric(9,3) NOT NULL, "unit" text NOT NULL, "note" text, CONSTRAINT "PK_563f8482a2eefdc3f6c7ff55200" PRIMARY KEY ("id"))`,
      `CREATE UNIQUE INDEX "sla_target_plan_priority" ON "sla_target"  ("plan_id", "priority_key") `,
      `CREATE INDEX "sla_target_version" ON "sla_target"  ("version_id") `,
      `CREATE TABLE "request_category" ("id" uuid NOT NULL, "version_id" uuid NOT NULL, "position" integer NOT NULL, "key" text NOT NULL, "label" text NOT NULL, "description" text, "credit_kind" text NOT NULL, "credits" integer NOT NULL, "per_step" integer, "included_steps" integer, "needs_confirmation" boolean NOT NULL DEFAULT false, CONSTRAINT "PK_8079798af540d12456087609099" PRIMARY KEY ("id"))`,
      `CREATE UNIQUE INDEX "request_category_version_key" ON "request_category"  ("version_id", "key") `,
      `CREATE TABLE "guarantee_band" ("id" uuid NOT NULL, "version_id" uuid NOT NULL, "position" integer NOT NULL, "min" numeric(17,2) NOT NULL, "min_inclusive" boolean NOT NULL, "max" numeric(17,2), "max_inclusive" boolean NOT NULL, "days" integer NOT NULL, "label" text, CONSTRAINT "PK_e37a253a8237ecae834a696db95" PRIMARY KEY ("id"))`,
      `CREATE INDEX "guarantee_band_version" ON "guarantee_band"  ("version_id") `,
      `ALTER TABLE "catalog_version" ADD CONSTRAINT "FK_4fd913fbd325e432b54880460f0" FOREIGN KEY ("catalog_id") REFERENCES "catalog"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
      `CREATE TABLE "setting" ("key" text NOT NULL, "value" jsonb NOT NULL, CONSTRAINT "PK_1c4c95d773004250c157a744d6e" PRIMARY KEY ("key"))`,
      `ALTER TABLE "plan" ADD CONSTRAINT "FK_253721b12e51a0be8fffb64ded9" FOREIGN KEY ("version_id") REFERENCES "catalog_version"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
      `ALTER TABLE "pricing_rule" ADD CONSTRAINT "FK_23674aa939e4ee3484c77b189c9" FOREIGN KEY ("plan_id") REFERENCES "plan"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
      `ALTER TABLE "credit_pack" ADD CONSTRAINT "FK_3768bb8ad709da833d7123f52e8" FOREIGN KEY ("plan_id") REFERENCES "plan"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
      `ALTER TABLE "support_calendar" ADD CONSTRAINT "FK_34227ad1c4f20c60bd702fe094d" FOREIGN KEY ("plan_id") REFERENCES "plan"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
      `ALTER TABLE "eligibility_limit" ADD CONSTRAINT "FK_a8a81cecd0455d0bea25fdb492d" FOREIGN KEY ("plan_id") REFERENCES "plan"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
      `ALTER TABLE "feature_group" ADD CONSTRAINT "FK_9bd6910a6e6cf30f7bbeaaf5a02" FOREIGN KEY ("version_id") REFERENCES "catalog_version"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
      `ALTER TABLE "feature" ADD CONSTRAINT "FK_028d8a333ee17e5a2eca8bb4150" FOREIGN KEY ("version_id") REFERENCES "catalog_version"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
      `ALTER TABLE "feature_cell" ADD CONSTRAINT "FK_72503f7c85a535174b04582b9ac" FOREIGN KEY ("feature_id") REFERENCES "feature"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
      `ALTER TABLE "feature_cell" ADD CONSTRAINT "FK_29c57dd6ecd96106de5ea22aa3e" FOREIGN KEY ("plan_id") REFERENCES "plan"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
      `ALTER TABLE "exclusion" ADD CONSTRAINT "FK_94167897ac30d9c78b15ceab6a7" FOREIGN KEY ("version_id") REFERENCES "catalog_version"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
      `ALTER TABLE "priority" ADD CONSTRAINT "FK_3304dc1943900188da0844b6966" FOREIGN KEY ("version_id") REFERENCES "catalog_version"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
      `ALTER TABLE "sla_target" ADD CONSTRAINT "FK_c9878c7c9e741f2e6baefd2c986" FOREIGN KEY ("version_id") REFERENCES "catalog_version"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
      `ALTER TABLE "sla_target" ADD CONSTRAINT "FK_35d19ab670b428c3c95c381e1ab" FOREIGN KEY ("plan_id") REFERENCES "plan"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
      `ALTER TABLE "request_category" ADD CONSTRAINT "FK_7c25f85a1331fbc6a831a9ffa01" FOREIGN KEY ("version_id") REFERENCES "catalog_version"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
      `ALTER TABLE "guarantee_band" ADD CONSTRAINT "FK_a63e0fb10dc66d944ed55c21d9c" FOREIGN KEY ("version_id") REFERENCES "catalog_version"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    ]) {
      await db.query(sql);
    }
  }

  async down(db: QueryRunner): Promise<void> {
    for (const sql of [
      `DROP TABLE "setting" CASCADE`,
      `DROP TABLE "guarantee_band" CASCADE`,
      `DROP TABLE "request_category" CASCADE`,
      `DROP TABLE "sla_target" CASCADE`,
      `DROP TABLE "priority" CASCADE`,
      `DROP TABLE "exclusion" CASCADE`,
      `DROP TABLE "feature_cell" CASCADE`,
      `DROP TABLE "feature" CASCADE`,
      `DROP TABLE "feature_group" CASCADE`,
      `DROP TABLE "eligibility_limit" CASCADE`,
      `DROP TABLE "support_calendar" CASCADE`,
      `DROP TABLE "credit_pack" CASCADE`,
      `DROP TABLE "pricing_rule" CASCADE`,
      `DROP TABLE "plan" CASCADE`,
      `DROP TABLE "catalog_version" CASCADE`,
      `DROP TABLE "catalog" CASCADE`,
    ]) {
      await db.query(sql);
    }
  }
}
