import fastifyCors from "@fastify/cors";
import type { FastifyInstance } from "fastify";

/**
 * Cross-origin access, closed unless CORS_ORIGINS names the sites (exact origins) whose
 * pages may call the API with their visitors' cookies. The client is served from this
 * server's own origin and needs none.
 */
export async function registerCors(http: FastifyInstance, origins: readonly string[]): Promise<void> {
  await http.register(fastifyCors, {
    origin: origins.length > 0 ? [...origins] : false,
    credentials: true,
    methods: ["GET", "POST"],
    maxAge: 600,
  });
}

/** CORS_ORIGINS: comma-separated origins ("https://shop.example.com"); an error names the one that is not. */
export function readCorsOrigins(value: string | undefined): string[] {
  if (!value) return [];
  return value
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean)
    .map((origin) => {
      let url: URL | null = null;
      try {
        url = new URL(origin);
      } catch {
        /* refused below */
      }
      if (!url || (url.protocol !== "https:" && url.protocol !== "http:") || url.origin !== origin.replace(/\/$/, "")) {
        throw new Error(`CORS_ORIGINS takes origins such as https://shop.example.com (no path), not "${origin}"`);
      }
      return url.origin;
    });
}
