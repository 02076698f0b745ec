import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from "@apollo/client";
import { persistedGetLink } from "./persisted-get-link.js";

/** The public pages' reads: the server answers them from its cache, by hash over GET (cacheable by browsers and CDNs too). */
const PUBLIC_OPERATIONS = new Set(["Catalogs", "CompareCatalog"]);

async function sha256(text: string): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, "0")).join("");
}

/** One client for the page; catalogs are keyed by slug and version (a version never changes). */
export function createApolloClient(uri = "/graphql"): ApolloClient {
  const http = new HttpLink({ uri, credentials: "same-origin" });
  // crypto.subtle exists only in secure contexts (https, localhost); elsewhere plain POSTs still work.
  const link = globalThis.crypto?.subtle
    ? ApolloLink.split((op) => PUBLIC_OPERATIONS.has(op.operationName ?? ""), persistedGetLink(sha256).concat(http), http)
    : http;
  return new ApolloClient({
    link,
    cache: new InMemoryCache({
      typePolicies: {
        Catalog: { keyFields: ["slug", "version"] },
        SharedQuote: { keyFields: ["number"] },
      },
    }),
  });
}
