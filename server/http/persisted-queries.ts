import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import path from "node:path";
import type { FastifyInstance } from "fastify";

/** Written by the client's build (client/persisted-queries.ts): hash -> text of the public pages' reads. */
export const PERSISTED_QUERIES_FILE = "persisted-queries.json";

/**
 * The built client's persisted queries, hash -> operation text; empty when the build wrote
 * none. An entry whose text does not hash to its key is left out: Apollo would refuse it too.
 */
export async function readPersistedQueries(clientDir: string): Promise<Map<string, string>> {
  let entries: unknown;
  try {
    entries = JSON.parse(await readFile(path.join(clientDir, PERSISTED_QUERIES_FILE), "utf8"));
  } catch {
    return new Map();
  }
  if (entries === null || typeof entries !== "object") return new Map();
  return new Map(
    Object.entries(entries).filter(
      (e): e is [string, string] => typeof e[1] === "string" && createHash("sha256").update(e[1]).digest("hex") === e[0],
    ),
  );
}

function hashOf(extensions: unknown): unknown {
  if (typeof extensions === "string") {
    try {
      return hashOf(JSON.parse(extensions));
    } catch {
      return undefined;
    }
  }
  return (extensions as { persistedQuery?: { sha256Hash?: unknown } } | null | undefined)?.persistedQuery?.sha256Hash;
}

/**
 * Answers the built client's persisted queries from the start: a request that sends only
 * the hash of one of them gets its text filled in before the public cache and Apollo read
 * it (Apollo checks the text against the hash and remembers it), so a prospect's first GET
 * never misses and needs no second round trip with the text. Registered before the public
 * cache's hook, so that the cache keys the request by its text from the first request on.
 */
export function registerPersistedQueries(http: FastifyInstance, queries: ReadonlyMap<string, string>): void {
  if (queries.size === 0) return;
  http.addHook("preValidation", async (request) => {
    if (request.routeOptions.url !== "/graphql") return;
    const params = (request.method === "POST" ? request.body : request.query) as Record<string, unknown> | null;
    if (params === null || typeof params !== "object" || Array.isArray(params) || params.query !== undefined) return;
    const hash = hashOf(params.extensions);
    const text = typeof hash === "string" ? queries.get(hash) : undefined;
    if (text === undefined) return;
    params.query = text;
    // Apollo reads a GET's parameters from the address itself, not from Fastify's parse of it.
    if (request.method === "GET") request.raw.url += `&query=${encodeURIComponent(text)}`;
  });
}
