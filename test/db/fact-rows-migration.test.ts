import "reflect-metadata";
import { describe, expect, it } from "vitest";
import { FactRows1796081599000 } from "../../server/db/migrations/1796081599000-fact-rows.js";
import { readVersions } from "../../server/db/snapshot.js";
import { readCatalog } from "../../server/domain/catalog-reader.js";
import type { Catalog } from "../../server/domain/catalog.js";
import { featureCellDisplay } from "../../server/domain/fact-rows.js";
import aimarasV1 from "../fixtures/old-shape/aimaras.json" with { type: "json" };
import beesenderV1 from "../fixtures/old-shape/beesender.json" with { type: "json" };
import pipe17V1 from "../fixtures/old-shape/pipe17.json" with { type: "json" };
import { startTestApp } from "../support/app.js";

/*
 * The demo catalogs as they were before derived rows (response times, prices, hours and
 * contacts typed into rows beside the structured facts), stored under new slugs, with a
 * quote on one of them; then the fact-rows migration is run on that database.
 */
const t = await startTestApp();
const sales = await t.signIn("SALES");
const OLD: Record<string, unknown> = { "beesender-v1": beesenderV1, "aimaras-v1": aimarasV1, "pipe17-v1": pipe17V1 };

/** Every row as read, by row key then plan key. */
function matrix(catalog: Catalog): Record<string, Record<string, string | null>> {
  return Object.fromEntries(catalog.features.map((f) => [f.key, Object.fromEntries(catalog.plans.map((p) => [p.key, featureCellDisplay(catalog, f, p)]))]));
}

async function published(slug: string): Promise<Catalog> {
  // Straight from the tables: the service's cache still holds what it read before the migration.
  const found = await t.services.catalogs.findPublished(slug);
  return (await readVersions(t.dataSource.manager, [found!.versionId])).get(found!.versionId)!.catalog;
}

async function draftOf(slug: string): Promise<{ draft: unknown; revision: number }> {
  const [row] = await t.dataSource.query(`SELECT draft, draft_revision AS revision FROM catalog WHERE slug = $1`, [slug]);
  return row;
}

const before = new Map<string, ReturnType<typeof matrix>>();
for (const [slug, doc] of Object.entries(OLD)) {
  const { id, catalog } = await t.services.catalogs.create({ ...(doc as object), slug });
  await t.services.catalogs.publish(id, null);
  before.set(slug, matrix(catalog));
}
const quote = await sales.gql(`mutation($input: QuoteInput!) { createQuote(input: $input) { id } }`, {
  input: { catalogSlug: "aimaras-v1", customer: { company: "Acme", name: "Jane", email: "jane@acme.example" }, projectBudget: "60000", options: [{ planKey: "business" }] },
});
expect(quote.errors).toBeUndefined();
const quotesBefore = await t.dataSource.query(`SELECT id, input, computed, total FROM quote ORDER BY id`);
const revisionBefore = (await draftOf("beesender-v1")).revision;

// Back to the old columns, then forward through the conversion, as an upgraded database would.
const runner = t.dataSource.createQueryRunner();
await runner.connect();
const migration = new FactRows1796081599000();
await runner.startTransaction();
await migration.down(runner);
await migration.up(runner);
await runner.commitTransaction();
await runner.release();

describe("the fact-rows migration on catalogs stored before derived rows", () => {
  it.each(Object.keys(OLD))("%s: every row reads as before, in the draft and the published version", async (slug) => {
    const draft = readCatalog((await draftOf(slug)).draft);
    expect(draft.problems).toEqual([]);
    expect(matrix(draft.catalog)).toEqual(before.get(slug));
    expect(matrix(await published(slug))).toEqual(before.get(slug));
  });

  it("turns the typed rows that restate a fact into derived rows, and the contacts into a plan fact", async () => {
    const sources = (c: Catalog) => Object.fromEntries(c.features.filter((f) => f.source).map((f) => [f.key, [f.source!.kind, ...f.source!.priorities].join(" ")]));
    const beesender = await published("beesender-v1");
    expect(sources(beesender)).toEqual({
      "package-cost": "PRICE",
      "support-hours": "SUPPORT_HOURS",
      "response-time-high-priority": "SLA p1",
      "response-time-priority-2-4": "SLA p2 p3 p4",
      "authorized-contacts": "AUTHORIZED_CONTACTS",
    });
    expect(beesender.plans.map((p) => p.authorizedContacts)).toEqual([2, 5, 15]);
    expect(beesender.features.find((f) => f.key === "package-cost")!.cells.business.text).toBe("{percent}% of the licenses price");
    const aimaras = readCatalog((await draftOf("aimaras-v1")).draft).catalog;
    expect(sources(aimaras)).toMatchObject({ "response-time-severity-c-d": "SLA c d", "package-cost": "PRICE" });
    expect(sources(await published("pipe17-v1"))).toEqual({
      "package-cost": "PRICE",
      "frt-urgent": "SLA urgent",
      "frt-high": "SLA high",
      "frt-normal": "SLA normal",
      "frt-low": "SLA low",
      "support-hours": "SUPPORT_HOURS",
    });
  });

  it("moves the draft's revision on, so an editor holding the old draft reloads instead of overwriting it", async () => {
    expect((await draftOf("beesender-v1")).revision).toBeGreaterThan(revisionBefore);
  });

  it("leaves quotes exactly as they froze", async () => {
    expect(await t.dataSource.query(`SELECT id, input, computed, total FROM quote ORDER BY id`)).toEqual(quotesBefore);
  });

  it("after the migration, a changed target shows in its row", async () => {
    const catalog = await published("aimaras-v1");
    catalog.plans[1].sla.a.amount = "3";
    const row = catalog.features.find((f) => f.key === "response-time-severity-a")!;
    expect(featureCellDisplay(catalog, row, catalog.plans[1])).toBe("3");
  });
});
