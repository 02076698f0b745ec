import type { FastifyInstance } from "fastify";

/**
 * The origin links in answers are built from (share links): the configured PUBLIC_URL,
 * else the address this server listens on. Never the request's Host header, which the
 * sender chooses: `Host: evil.example` would hand a customer a link to someone else's site.
 */
export function publicOrigin(http: FastifyInstance, configured: string | null | undefined): () => string {
  if (configured) return () => configured;
  return () => {
    const address = http.server.address();
    if (!address || typeof address === "string") return "http://localhost";
    const wildcard = address.address === "0.0.0.0" || address.address === "::";
    const host = wildcard ? "localhost" : address.family === "IPv6" ? `[${address.address}]` : address.address;
    return `http://${host}:${address.port}`;
  };
}

/** PUBLIC_URL as an origin with an optional path prefix and no trailing slash; an error names what is wrong. */
export function readPublicUrl(value: string | undefined): string | null {
  if (!value) return null;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`PUBLIC_URL must be an address such as https://quotes.example.com, not "${value}"`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") throw new Error(`PUBLIC_URL must start with https:// or http://, not "${value}"`);
  if (url.search || url.hash || url.username) throw new Error(`PUBLIC_URL takes no query, fragment or credentials: "${value}"`);
  return `${url.origin}${url.pathname.replace(/\/+$/, "")}`;
}
