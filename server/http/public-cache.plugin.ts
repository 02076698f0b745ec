import type { FastifyInstance } from "fastify";
import type { DataSource } from "typeorm";
import { PublicChanges } from "../db/public-changes.js";
import { PublicCache } from "./public-cache.js";

/** Cached public answers cost next to nothing, so an address may get this many times the general limit of them. */
export const CACHED_READS_FACTOR = 30;

/**
 * The cache of public answers on `http`, emptied whenever any process publishes on the
 * database `dataSource` reaches (LISTEN/NOTIFY on a connection of its own).
 */
export async function registerPublicCache(http: FastifyInstance, dataSource: DataSource, cachedLimitPerMinute: number): Promise<PublicCache> {
  const url = (dataSource.options as { url?: string }).url;
  if (!url) throw new Error("The public cache needs the database URL");
  let cache: PublicCache | null = null;
  const changes = new PublicChanges({
    url,
    onChange: () => cache?.clear(),
    log: (message, err) => http.log.warn({ err }, message),
  });
  cache = new PublicCache({ isLive: () => changes.live, settle: () => changes.settle(), cachedLimitPerMinute });
  cache.register(http);
  await changes.start();
  http.addHook("onClose", async () => {
    cache.close();
    await changes.close();
  });
  return cache;
}
