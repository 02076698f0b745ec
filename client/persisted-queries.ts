import { createHash } from "node:crypto";
import { ApolloClient, ApolloLink, type DocumentNode } from "@apollo/client";
import { print } from "@apollo/client/utilities";
import { EMPTY } from "rxjs";
import type { Plugin } from "vite";
import { createCache } from "./src/app/cache.js";
import { CatalogsDocument } from "./src/__generated__/catalogs/graphql.js";
import { CompareCatalogDocument } from "./src/__generated__/compare/graphql.js";
import { CompareCatalogDetailsDocument } from "./src/__generated__/compare/lazy/graphql.js";
import { PlanPricesDocument } from "./src/__generated__/shared/graphql.js";

/** The public pages' reads, sent by hash over GET from the page's entry (src/app/public-get-link.ts). */
export const PUBLIC_DOCUMENTS: DocumentNode[] = [CatalogsDocument, CompareCatalogDocument, CompareCatalogDetailsDocument, PlanPricesDocument];

/** The module the client imports for the hashes: operation name -> SHA-256 of the text Apollo Client sends. */
export const PERSISTED_QUERIES_MODULE = "virtual:persisted-queries";
/** Written into the build, hash -> text; the server reads it at start (server/http/persisted-queries.ts). */
export const PERSISTED_QUERIES_FILE = "persisted-queries.json";

export interface PersistedQuery {
  operationName: string;
  sha256Hash: string;
  text: string;
}

/**
 * The text Apollo Client sends for each document, with the page's own cache: what its
 * document transforms (__typename added, client-only fields removed) make of it, printed
 * by Apollo's printer. A real client with a link that only listens, so that the build and
 * the page can never disagree (test/client/app/public-get-link.test.ts checks it).
 */
export async function persistedQueries(documents = PUBLIC_DOCUMENTS): Promise<PersistedQuery[]> {
  const sent: PersistedQuery[] = [];
  const listen = new ApolloLink((operation) => {
    const text = print(operation.query);
    sent.push({ operationName: operation.operationName!, sha256Hash: createHash("sha256").update(text).digest("hex"), text });
    return EMPTY;
  });
  const client = new ApolloClient({ link: listen, cache: createCache() });
  for (const query of documents) await client.query({ query, fetchPolicy: "no-cache" }).catch(() => undefined);
  client.stop();
  return sent;
}

/**
 * Hashes the public reads at build time: the page gets them from `virtual:persisted-queries`
 * (no printer or hashing in its entry), the server gets hash -> text in persisted-queries.json
 * to seed its persisted-query cache at start, so a prospect's first GET never misses.
 */
export function persistedQueriesPlugin(): Plugin {
  const resolved = `\0${PERSISTED_QUERIES_MODULE}`;
  let queries: Promise<PersistedQuery[]> | undefined;
  const all = () => (queries ??= persistedQueries());
  return {
    name: "tierwise-persisted-queries",
    resolveId: (id) => (id === PERSISTED_QUERIES_MODULE ? resolved : undefined),
    async load(id) {
      if (id !== resolved) return undefined;
      const hashes = Object.fromEntries((await all()).map((q) => [q.operationName, q.sha256Hash]));
      return `export const PERSISTED_QUERIES = ${JSON.stringify(hashes)};`;
    },
    async generateBundle() {
      const texts = Object.fromEntries((await all()).map((q) => [q.sha256Hash, q.text]));
      this.emitFile({ type: "asset", fileName: PERSISTED_QUERIES_FILE, source: JSON.stringify(texts) });
    },
  };
}
