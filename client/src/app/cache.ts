import { InMemoryCache } from "@apollo/client";

/**
 * The page's cache: catalogs are keyed by slug and version (a version never changes). The
 * build reads the same cache's document transform to hash the public reads (persisted-queries.ts).
 */
export function createCache(): InMemoryCache {
  return new InMemoryCache({
    typePolicies: {
      Catalog: { keyFields: ["slug", "version"] },
      SharedQuote: { keyFields: ["number"] },
    },
  });
}
