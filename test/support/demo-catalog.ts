import type { Catalog } from "../../server/domain/catalog.js";
import { readCatalog } from "../../server/domain/catalog-reader.js";
import { DEMO_CATALOGS } from "../../server/db/demo-catalogs.js";

/** A demo catalog as the engine reads it, by slug. */
export function demoCatalog(slug: string): Catalog {
  const doc = DEMO_CATALOGS.find((d) => (d as { slug: string }).slug === slug);
  if (!doc) throw new Error(`no demo catalog ${slug}`);
  const { catalog, problems } = readCatalog(structuredClone(doc));
  if (problems.length > 0) throw new Error(`demo catalog ${slug} does not read: ${JSON.stringify(problems)}`);
  return catalog;
}
