import { ApolloClient, HttpLink, InMemoryCache } from "@apollo/client";

/** One client for the page; catalogs are keyed by slug and version (a version never changes). */
export function createApolloClient(uri = "/graphql"): ApolloClient {
  return new ApolloClient({
    link: new HttpLink({ uri, credentials: "same-origin" }),
    cache: new InMemoryCache({
      typePolicies: {
        Catalog: { keyFields: ["slug", "version"] },
        SharedQuote: { keyFields: ["number"] },
      },
    }),
  });
}
