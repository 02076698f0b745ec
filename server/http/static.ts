import { existsSync } from "node:fs";
import path from "node:path";
import fastifyStatic from "@fastify/static";
import type { FastifyInstance, FastifyRequest } from "fastify";

/** Vite puts content-hashed files here: a name never changes meaning, so they are cached for good. */
const HASHED = `${path.sep}assets${path.sep}`;

/**
 * Serves the built client from `clientDir`: the brotli or gzip copy Vite's build made when
 * the browser accepts it, hashed assets cached for a year, everything else (index.html,
 * the favicon) revalidated on each use so a deploy shows at once. Returns false when there
 * is no built client there.
 */
export async function registerClient(http: FastifyInstance, clientDir: string): Promise<boolean> {
  if (!existsSync(path.join(clientDir, "index.html"))) return false;
  await http.register(fastifyStatic, {
    root: clientDir,
    wildcard: false,
    index: ["index.html"],
    preCompressed: true,
    cacheControl: false,
    setHeaders: (reply, file) => {
      reply.header("cache-control", file.includes(HASHED) ? "public, max-age=31536000, immutable" : "no-cache");
    },
  });
  return true;
}

/**
 * A path the single-page app answers (/compare/beesender, /quotes/Q-2026-0001): a GET of
 * anything that does not name a file. Missing files (/assets/gone.js) stay 404s.
 */
export function isClientRoute(request: FastifyRequest): boolean {
  if (request.method !== "GET" && request.method !== "HEAD") return false;
  const last = request.url.split("?")[0]!.split("/").pop() ?? "";
  return !last.includes(".");
}
