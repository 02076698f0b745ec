import { ApolloClient } from "@apollo/client";
import { PERSISTED_QUERIES } from "virtual:persisted-queries";
import { createCache } from "./cache.js";
import { publicGetLink } from "./public-get-link.js";

/**
 * One client for the page. The public reads go by their build-time hashes over GET; every
 * other operation (and a public read the server does not answer that way) through the full
 * HTTP link, a chunk of its own that a prospect's comparison page never downloads.
 */
export function createApolloClient(uri = "/graphql"): ApolloClient {
  const full = () => import("./full-link.js").then((m) => m.fullLink(uri));
  return new ApolloClient({ link: publicGetLink(uri, PERSISTED_QUERIES, full), cache: createCache() });
}
