import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { TLSSocket } from "node:tls";
import type { FastifyServerFactory } from "fastify";
import { namesETag, type Entry, type PublicCache } from "./public-cache.js";
import { SESSION_COOKIE } from "./session.js";

/** Headers that make Fastify's answer differ from the plain one (CORS, proxies, sessions): such requests take the long way. */
const LONG_WAY = ["origin", "x-forwarded-for", "x-forwarded-host", "x-forwarded-proto", "authorization", "forwarded"];

/**
 * Answers a GET of a cached public read (the comparison page's persisted query) straight
 * from the cache, before Fastify builds its request and reply: what a hit costs then is
 * close to what a bare node:http server answering the same bytes costs. Anything not
 * plainly a hit (a miss, a session, CORS, a proxy's headers, TLS, over the limit) returns
 * false and goes to Fastify, whose answer a hit here reproduces header for header.
 */
export class PublicCacheFastPath {
  private cache: PublicCache | null = null;
  private closing = false;
  /** Each answer's header block, built on its first hit: [name, value, name, value...]. */
  private readonly blocks = new WeakMap<Entry, { ok: string[]; notModified: string[] }>();
  /**
   * Request lines already answered, by the headers the key reads -> their answer: a browser
   * or CDN sends the same persisted-query URL again and again. Emptied with the cache.
   */
  private readonly byUrl = new Map<string, Entry>();
  private byUrlGeneration = -1;
  /** Hits answered here (for tests and curiosity). */
  answered = 0;

  constructor(private readonly securityHeaders: readonly [string, string][]) {}

  /** Starts answering from `cache`. */
  use(cache: PublicCache): void {
    this.cache = cache;
  }

  /** Stops answering (the server is closing: Fastify answers 503 from now on). */
  close(): void {
    this.closing = true;
  }

  /** Fastify's server factory, with the fast path in front of Fastify's handler. */
  readonly serverFactory: FastifyServerFactory = (handler, options) => {
    const server: Server = createServer((req, res) => {
      if (!this.answer(req, res)) handler(req, res);
    });
    // As Fastify sets up the server it makes itself (the options come with its defaults).
    const timeouts = options as { keepAliveTimeout?: number; requestTimeout?: number; connectionTimeout?: number; maxRequestsPerSocket?: number };
    server.keepAliveTimeout = timeouts.keepAliveTimeout ?? 72_000;
    server.requestTimeout = timeouts.requestTimeout ?? 0;
    server.setTimeout(timeouts.connectionTimeout ?? 0);
    if (timeouts.maxRequestsPerSocket) server.maxRequestsPerSocket = timeouts.maxRequestsPerSocket;
    return server;
  };

  private answer(req: IncomingMessage, res: ServerResponse): boolean {
    const cache = this.cache;
    if (!cache || this.closing || req.method !== "GET" || !req.url?.startsWith("/graphql?") || !cache.live) return false;
    const headers = req.headers;
    if (LONG_WAY.some((name) => headers[name] !== undefined) || (req.socket as TLSSocket).encrypted) return false;
    if (headers.cookie?.includes(`${SESSION_COOKIE}=`) || headers.host === undefined) return false;
    const ip = req.socket.remoteAddress ?? "";
    if (this.byUrlGeneration !== cache.generationNumber) {
      this.byUrl.clear();
      this.byUrlGeneration = cache.generationNumber;
    }
    // Everything the cache key and Apollo's CSRF rule read of the request.
    const line = `${headers.host}\u0000${headers.accept ?? ""}\u0000${headers["content-type"] ?? ""}\u0000${headers["apollo-require-preflight"] ?? ""}\u0000${headers["x-apollo-operation-name"] ?? ""}\u0000${req.url}`;
    let entry = this.byUrl.get(line);
    if (entry) {
      if (!cache.count(ip)) return false;
    } else {
      const params: Record<string, string> = {};
      for (const [name, value] of new URLSearchParams(req.url.slice("/graphql?".length))) {
        // Fastify reads a repeated parameter as a list, which the cache never answers.
        if (name in params) return false;
        params[name] = value;
      }
      entry = cache.hit({ method: "GET", headers, host: headers.host, params, signedIn: false }, ip);
      if (!entry) return false;
      if (this.byUrl.size >= 1_000) this.byUrl.clear();
      this.byUrl.set(line, entry);
    }
    let block = this.blocks.get(entry);
    if (!block) {
      const common = [...this.securityHeaders.flat(), "etag", entry.etag, "cache-control", "public, no-cache"];
      block = { ok: [...common, "content-type", entry.contentType, "content-length", String(entry.body.length)], notModified: common };
      this.blocks.set(entry, block);
    }
    this.answered++;
    if (namesETag(headers["if-none-match"], entry.etag)) res.writeHead(304, block.notModified).end();
    else res.writeHead(200, block.ok).end(entry.body);
    return true;
  }
}
