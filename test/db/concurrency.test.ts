import "reflect-metadata";
import { describe, expect, it } from "vitest";
import { CatalogVersionEntity } from "../../server/db/entities/catalog-version.entity.js";
import { DomainError } from "../../server/domain/errors.js";
import { FIXTURE_DOC } from "../support/catalog-fixture.js";
import { startTestApp } from "../support/app.js";

const t = await startTestApp();
const catalogs = t.services.catalogs;

describe("concurrent writes", () => {
  it("twenty catalogs created and published at once are all there", async () => {
    const slugs = Array.from({ length: 20 }, (_, i) => `acme-${i}`);
    await Promise.all(
      slugs.map(async (slug) => {
        const { id } = await catalogs.create({ ...FIXTURE_DOC, slug });
        await catalogs.publish(id, null);
      }),
    );
    const listed = (await catalogs.listPublished()).map((c) => c.slug);
    for (const slug of slugs) expect(listed).toContain(slug);
  });

  it("ten publishes of one catalog at once make versions 1 to 10, none lost or doubled", async () => {
    const { id } = await catalogs.create({ ...FIXTURE_DOC, slug: "acme-versions" });
    const numbers = await Promise.all(Array.from({ length: 10 }, () => catalogs.publish(id, null)));
    expect([...numbers].sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    const rows = await t.dataSource.manager.find(CatalogVersionEntity, { where: { catalogId: id }, order: { number: "ASC" } });
    expect(rows.map((r) => r.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect((await catalogs.findPublished("acme-versions"))?.version).toBe(10);
  });

  it("two creations of one slug at once: one wins, the other gets CONFLICT", async () => {
    const results = await Promise.allSettled([
      catalogs.create({ ...FIXTURE_DOC, slug: "acme-race" }),
      catalogs.create({ ...FIXTURE_DOC, slug: "acme-race" }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const failed = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(failed.reason).toBeInstanceOf(DomainError);
    expect((failed.reason as DomainError).code).toBe("CONFLICT");
  });

  it("a draft that does not validate publishes nothing, and says why", async () => {
    const { id } = await catalogs.create({ ...FIXTURE_DOC, slug: "acme-broken", currency: "XXQ" });
    const err = await catalogs.publish(id, null).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DomainError);
    expect((err as DomainError).message).toBe('The draft cannot be published: currency: "XXQ" is not an ISO 4217 currency code such as USD');
    expect(await t.dataSource.manager.count(CatalogVersionEntity, { where: { catalogId: id } })).toBe(0);
    expect(await catalogs.findPublished("acme-broken")).toBeNull();
  });
});
