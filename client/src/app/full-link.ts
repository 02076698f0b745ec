import { ApolloLink } from "@apollo/client/link";
import { HttpLink } from "@apollo/client/link/http";
import { PERSISTED_QUERIES } from "virtual:persisted-queries";
import { persistedGetLink } from "./persisted-get-link.js";

/** The public pages' reads (those the build hashed): by hash over GET, cacheable by browsers and CDNs too. */
const PUBLIC_OPERATIONS = new Set(Object.keys(PERSISTED_QUERIES));

async function sha256(text: string): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, "0")).join("");
}

/**
 * Every operation over HTTP: the sales and admin faces, the public mutations, and the public
 * reads when the page's own GET link (public-get-link.ts) falls back; those still go by
 * persisted-query hash, computed here at run time, with the text sent once on a miss.
 */
export function fullLink(uri: string): ApolloLink {
  const http = new HttpLink({ uri, credentials: "same-origin" });
  // crypto.subtle exists only in secure contexts (https, localhost); elsewhere plain POSTs still work.
  return globalThis.crypto?.subtle ? ApolloLink.split((op) => PUBLIC_OPERATIONS.has(op.operationName ?? ""), persistedGetLink(sha256).concat(http), http) : http;
}
