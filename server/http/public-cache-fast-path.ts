import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { Readable } from "node:stream";
import type { TLSSocket } from "node:tls";
import type { FastifyInstance, FastifyServerFactory } from "fastify";
import { namesETag, type Entry, type PublicCache } from "./public-cache.js";
import { SESSION_COOKIE } from "./session.js";

/** Headers that make Fastify's answer differ from the plain one (CORS, proxies, sessions): such requests take the long way. */
const LONG_WAY = ["origin", "x-forwarded-for", "x-forwarded-host", "x-forwarded-proto", "authorization", "forwarded"];

/** The largest POST body read here; larger ones go to Fastify unread. */
const MAX_BODY = 64 * 1024;

/**
 * Answers a GET or POST of a cached public read (the comparison page's persisted query) straight
 * from the cache, before Fastify builds its request and reply: what a hit costs then is
 * close to what a bare node:http server answering the same bytes costs. Anything not
 * plainly a hit (a miss, a session, CORS, a proxy's headers, TLS, over the limit) returns
 * false and goes to Fastify, whose answer a hit here reproduces header for header.
 */
export class PublicCacheFastPath {
  private cache: PublicCache | null = null;
  private closing = false;
  /** Each answer's header block, built on its first hit: [name, value, name, value...]. */
  private readonly blocks = new WeakMap<Entry, { get: string[]; notModified: string[]; post: string[] }>();
  /**
   * Request lines already answered, by the headers the key reads -> their answer: a browser
   * or CDN sends the same persisted-query URL again and again. Emptied with the cache.
   */
  private readonly byUrl = new Map<string, Entry>();
  /** POST bodies read here for a request that then went to Fastify, which parses them instead of the spent stream. */
  private readonly bodies = new WeakMap<IncomingMessage, Buffer>();
  private byUrlGeneration = -1;
  /** Hits answered here (for tests and curiosity). */
  answered = 0;

  constructor(
    private readonly securityHeaders: readonly [string, string][],
    private readonly bodyLimit: number,
  ) {}

  /** Gives Fastify the body of a POST read here and not answered (a preParsing hook). */
  register(http: FastifyInstance): void {
    http.addHook("preParsing", async (request, _reply, payload) => {
      const body = this.bodies.get(request.raw);
      if (!body) return payload;
      this.bodies.delete(request.raw);
      return Object.assign(Readable.from([body], { objectMode: false }), { receivedEncodedLength: body.length });
    });
  }

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
      if (req.method === "POST") this.answerPost(req, res, handler);
      else if (!this.answer(req, res)) handler(req, res);
    });
    // As Fastify sets up the server it makes itself (the options come with its defaults).
    const timeouts = options as { keepAliveTimeout?: number; requestTimeout?: number; connectionTimeout?: number; maxRequestsPerSocket?: number };
    server.keepAliveTimeout = timeouts.keepAliveTimeout ?? 72_000;
    server.requestTimeout = timeouts.requestTimeout ?? 0;
    server.setTimeout(timeouts.connectionTimeout ?? 0);
    if (timeouts.maxRequestsPerSocket) server.maxRequestsPerSocket = timeouts.maxRequestsPerSocket;
    return server;
  };

  /** Whether the request may be answered here at all (given its method and URL are). */
  private plain(req: IncomingMessage): boolean {
    const headers = req.headers;
    if (!this.cache?.live || this.closing || headers.host === undefined || (req.socket as TLSSocket).encrypted) return false;
    return !LONG_WAY.some((name) => headers[name] !== undefined) && !headers.cookie?.includes(`${SESSION_COOKIE}=`);
  }

  /** A POST of JSON small enough: read here, answered when a hit, else handed to Fastify with its body. */
  private answerPost(req: IncomingMessage, res: ServerResponse, handler: (req: IncomingMessage, res: ServerResponse) => void): void {
    const declared = Number(req.headers["content-length"]);
    const json = req.headers["content-type"]?.split(";")[0]!.trim().toLowerCase() === "application/json";
    if (req.url !== "/graphql" || !json || !(declared > 0 && declared <= Math.min(MAX_BODY, this.bodyLimit)) || !this.plain(req)) {
      handler(req, res);
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= declared) chunks.push(chunk);
    };
    const onEnd = () => {
      req.off("data", onData);
      req.off("error", onError);
      const body = Buffer.concat(chunks, Math.min(size, declared));
      if (size !== declared || !this.answerBody(req, res, body)) {
        // Fastify judges a body whose length is not the declared one, as it would have.
        this.bodies.set(req, size === declared ? body : Buffer.concat(chunks));
        handler(req, res);
      }
    };
    const onError = () => {
      req.off("data", onData);
      req.off("end", onEnd);
      res.destroy();
    };
    req.on("data", onData);
    req.once("end", onEnd);
    req.once("error", onError);
  }

  private answerBody(req: IncomingMessage, res: ServerResponse, body: Buffer): boolean {
    const cache = this.cache;
    if (!cache || !this.plain(req)) return false;
    this.forget(cache);
    const headers = req.headers;
    const ip = req.socket.remoteAddress ?? "";
    const text = body.toString("utf8");
    // Fastify refuses these keys (prototype poisoning); JSON.parse would not.
    if (text.includes("__proto__") || text.includes("constructor")) return false;
    const line = `POST\u0000${headers.host}\u0000${headers.accept ?? ""}\u0000${text}`;
    let entry = this.byUrl.get(line);
    if (entry) {
      if (!cache.count(ip)) return false;
    } else {
      let params: unknown;
      try {
        params = JSON.parse(text);
      } catch {
        return false;
      }
      entry = cache.hit({ method: "POST", headers, host: headers.host!, params, signedIn: false }, ip);
      if (!entry) return false;
      this.remember(line, entry);
    }
    this.send(res, entry, headers["if-none-match"], false);
    return true;
  }

  /** Drops the remembered request lines when the cache was emptied since. */
  private forget(cache: PublicCache): void {
    if (this.byUrlGeneration !== cache.generationNumber) {
      this.byUrl.clear();
      this.byUrlGeneration = cache.generationNumber;
    }
  }

  private remember(line: string, entry: Entry): void {
    if (this.byUrl.size >= 1_000) this.byUrl.clear();
    this.byUrl.set(line, entry);
  }

  private answer(req: IncomingMessage, res: ServerResponse): boolean {
    const cache = this.cache;
    if (!cache || req.method !== "GET" || !req.url?.startsWith("/graphql?") || !this.plain(req)) return false;
    const headers = req.headers;
    const ip = req.socket.remoteAddress ?? "";
    this.forget(cache);
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
      entry = cache.hit({ method: "GET", headers, host: headers.host!, params, signedIn: false }, ip);
      if (!entry) return false;
      this.remember(line, entry);
    }
    this.send(res, entry, headers["if-none-match"], true);
    return true;
  }

  /** A hit, as Fastify's path sends it: GET answers carry validators (and may be 304), POST ones not. */
  private send(res: ServerResponse, entry: Entry, ifNoneMatch: string | undefined, get: boolean): void {
    let block = this.blocks.get(entry);
    if (!block) {
      const body = ["content-type", entry.contentType, "content-length", String(entry.body.length)];
      const validated = [...this.securityHeaders.flat(), "etag", entry.etag, "cache-control", "public, no-cache"];
      block = { get: [...validated, ...body], notModified: validated, post: [...this.securityHeaders.flat(), ...body] };
      this.blocks.set(entry, block);
    }
    this.answered++;
    if (!get) res.writeHead(200, block.post).end(entry.body);
    else if (namesETag(ifNoneMatch, entry.etag)) res.writeHead(304, block.notModified).end();
    else res.writeHead(200, block.get).end(entry.body);
  }
}
