import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Every change to what the public API reads (a catalog published, renamed or deleted)
 * notifies the channel tierwise_public when its transaction commits, whatever code made
 * it: each server process drops its cache of public answers when told.
 */
export class PublicChangeNotify1796083405000 implements MigrationInterface {
  name = "PublicChangeNotify1796083405000";

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE FUNCTION "tierwise_public_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'UPDATE' AND OLD.published_version IS NOT DISTINCT FROM NEW.published_version
           AND OLD.slug = NEW.slug AND OLD.deleted_at IS NOT DISTINCT FROM NEW.deleted_at THEN
          RETURN NULL;
        END IF;
        PERFORM pg_notify('tierwise_public', '');
        RETURN NULL;
      END $$`);
    await db.query(
      `CREATE TRIGGER "catalog_public_changed" AFTER INSERT OR UPDATE OR DELETE ON "catalog" FOR EACH ROW EXECUTE FUNCTION "tierwise_public_changed"()`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TRIGGER "catalog_public_changed" ON "catalog"`);
    await db.query(`DROP FUNCTION "tierwise_public_changed"()`);
  }
}
