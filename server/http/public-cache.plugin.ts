import type { FastifyInstance } from "fastify";
import type { DataSource } from "typeorm";
import { PublicChanges } from "../db/public-changes.js";
import type { CatalogService } from "../services/catalog.service.js";
import { PublicCache } from "./public-cache.js";

/** Cached public answers cost next to nothing, so an address may get this many times the general limit of them. */
export const CACHED_READS_FACTOR = 30;

/**
 * The cache of public answers on `http`, emptied whenever any process publishes on the
 * database `dataSource` reaches (LISTEN/NOTIFY on a connection of its own). The same
 * notifications keep `catalogs`' published heads in memory, so that pricing a quote
 * asks the database nothing.
 */
export async function registerPublicCache(
  http: FastifyInstance,
  dataSource: DataSource,
  catalogs: CatalogService,
  cachedLimitPerMinute: number,
): Promise<PublicCache> {
  const url = (dataSource.options as { url?: string }).url;
  if (!url) throw new Error("The public cache needs the database URL");
  let cache: PublicCache | null = null;
  const changes = new PublicChanges({
    url,
    onChange: () => {
      catalogs.publishedChanged();
      cache?.clear();
    },
    log: (message, err) => http.log.warn({ err }, message),
  });
  cache = new PublicCache({
    isLive: () => changes.live,
    settle: () => changes.settle(),
    settleEverywhere: () => changes.settleEverywhere(),
    cachedLimitPerMinute,
  });
  cache.register(http);
  catalogs.followPublishes(() => changes.live);
  await changes.start();
  http.addHook("onClose", async () => {
    cache.close();
    catalogs.followPublishes(() => false);
    await changes.close();
  });
  return cache;
}
