import { createHash } from "node:crypto";
import type { IncomingHttpHeaders } from "node:http";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { Kind, parse, type OperationDefinitionNode } from "graphql";
import { sessionToken } from "./session.js";

/**
 * Root query fields whose answer, for a prospect (no session), depends only on the
 * published catalog versions and the operation's arguments (never on the clock or a
 * draft). An operation that asks for nothing else is answered from the cache when it
 * comes without a session. A new public field of that kind belongs here.
 */
export const PUBLISHED_ONLY_FIELDS: ReadonlySet<string> = new Set(["catalogs", "catalog"]);

export interface PublicCacheOptions {
  /** Whether changes to published catalogs are being followed; nothing is cached while false. */
  isLive: () => boolean;
  /**
   * Resolves once every change committed so far has been seen (and has emptied the
   * cache). Awaited before a mutation's answer leaves, so that its own process never
   * serves an answer older than what the mutation published.
   */
  settle: () => Promise<void>;
  /**
   * Resolves once every process has seen every change committed so far. Awaited after
   * `settle` when published data changed while a mutation ran (most likely the mutation
   * itself), so that no process serves the old answer once the mutation's answer is out.
   */
  settleEverywhere?: () => Promise<void>;
  /** Cached answers one address may get in a minute; 0: no limit. */
  cachedLimitPerMinute: number;
  /** Answers kept; the oldest go first. */
  capacity?: number;
}

/** What the cache reads of a request (from Fastify's request, or from the raw one: see public-cache-fast-path.ts). */
export interface RequestView {
  method: string;
  headers: IncomingHttpHeaders;
  host: string;
  /** The GraphQL parameters: the JSON body of a POST, the query string of a GET. */
  params: unknown;
  /** Whether the request carries a session (cookie or bearer token). */
  signedIn: boolean;
}

export interface Entry {
  /** Encoded once: sending a Buffer skips encoding 10 KB of text on every hit. */
  body: Buffer;
  contentType: string;
  etag: string;
}

interface Pending {
  /** Null for a mutation, whose answer waits for `settle`. */
  key: string | null;
  generation: number;
}

interface GraphQLParams {
  query?: unknown;
  operationName?: unknown;
  variables?: unknown;
  extensions?: unknown;
}

/** The longest operation text worth remembering; longer ones go to GraphQL every time. */
const MAX_TEXT = 20_000;
/** Distinct operation texts remembered (with whether they can be cached). */
const MAX_SHAPES = 1_000;

/** The key of a request that is a mutation (a cache key holds three NULs, this one). */
const MUTATION = "\u0000mutation";

const tooManyRequests = () => Object.assign(new Error("Too many requests"), { statusCode: 429 });

/** What an operation is to the cache: a public read, a write, or anything else. */
type Shape = "public" | "mutation" | "other";

function shapeOf(text: string, operationName: string | undefined): Shape {
  let document;
  try {
    document = parse(text, { maxTokens: 10_000 });
  } catch {
    return "other";
  }
  const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  const operation = operationName === undefined && operations.length === 1 ? operations[0] : operations.find((o) => o.name?.value === operationName);
  if (!operation) return "other";
  if (operation.operation === "mutation") return "mutation";
  if (operation.operation !== "query") return "other";
  let asksForData = false;
  for (const selection of operation.selectionSet.selections) {
    if (selection.kind !== Kind.FIELD) return "other";
    if (selection.name.value === "__typename") continue;
    if (!PUBLISHED_ONLY_FIELDS.has(selection.name.value)) return "other";
    asksForData = true;
  }
  return asksForData ? "public" : "other";
}

const SIMPLE_TYPES = ["text/plain", "application/x-www-form-urlencoded", "multipart/form-data"];

/**
 * Apollo's CSRF prevention, as it decides for a GET: it runs only when the browser would
 * have sent a preflight (a non-simple content type or one of Apollo's headers), so a hit
 * is refused exactly when Apollo would refuse the miss.
 */
function preflighted(headers: IncomingHttpHeaders): boolean {
  const type = headers["content-type"];
  if (type !== undefined && !SIMPLE_TYPES.includes(type.split(";")[0]!.trim().toLowerCase())) return true;
  return Boolean(headers["apollo-require-preflight"] || headers["x-apollo-operation-name"]);
}

/** Whether an If-None-Match header names `etag`. */
export function namesETag(ifNoneMatch: string | undefined, etag: string): boolean {
  return ifNoneMatch !== undefined && ifNoneMatch.split(",").some((tag) => tag.trim().replace(/^W\//, "") === etag);
}

function persistedHash(extensions: unknown): string | undefined {
  let value = extensions;
  if (typeof value === "string") {
    try {
      value = JSON.parse(value);
    } catch {
      return undefined;
    }
  }
  const hash = (value as { persistedQuery?: { sha256Hash?: unknown } } | null)?.persistedQuery?.sha256Hash;
  return typeof hash === "string" ? hash : undefined;
}

/**
 * Whole answers to public operations (the catalog list, a catalog, the comparison page's
 * query), computed once per published state and kept until a publish anywhere drops them
 * (`clear`, driven by PostgreSQL notifications). A hit is answered before GraphQL parses
 * anything, from the operation text (or its persisted-query hash), the variables and the
 * Accept header. GET answers carry an ETag, and an unchanged one gets a 304.
 */
export class PublicCache {
  private readonly entries = new Map<string, Entry>();
  /** Operation name and text -> its shape. */
  private readonly shapes = new Map<string, Shape>();
  /** Persisted-query hash -> operation text, for hashes seen with their verified text. */
  private readonly persisted = new Map<string, string>();
  private readonly pending = new WeakMap<FastifyRequest, Pending>();
  private readonly counts = new Map<string, number>();
  private readonly capacity: number;
  private generation = 0;
  private readonly resetCounts: NodeJS.Timeout;

  constructor(private readonly options: PublicCacheOptions) {
    this.capacity = options.capacity ?? 2_000;
    this.resetCounts = setInterval(() => this.counts.clear(), 60_000);
    this.resetCounts.unref();
  }

  /** Published data may have changed: nothing computed before now may be served. */
  clear(): void {
    this.generation++;
    this.entries.clear();
  }

  /** Whether publishes are being followed: nothing is answered from the cache while not. */
  get live(): boolean {
    return this.options.isLive();
  }

  /** Changes whenever the cache is emptied: whatever was looked up before then may be stale. */
  get generationNumber(): number {
    return this.generation;
  }

  get size(): number {
    return this.entries.size;
  }

  close(): void {
    clearInterval(this.resetCounts);
  }

  /** Serves hits and remembers misses' answers on the /graphql routes of `http`. */
  register(http: FastifyInstance): void {
    http.addHook("preValidation", async (request, reply) => {
      if (request.routeOptions.url !== "/graphql") return;
      const key = this.keyOf({
        method: request.method,
        headers: request.headers,
        host: request.host,
        params: request.method === "POST" ? request.body : request.query,
        signedIn: sessionToken(request) !== undefined,
      });
      if (key === null) return;
      const hit = key === MUTATION ? undefined : this.entries.get(key);
      if (!hit) {
        this.pending.set(request, { key: key === MUTATION ? null : key, generation: this.generation });
        return;
      }
      if (!this.count(request.ip)) throw tooManyRequests();
      return this.send(request, reply, hit);
    });

    http.addHook("onSend", async (request, reply, payload) => {
      const pending = this.pending.get(request);
      if (!pending) return payload;
      if (pending.key === null) {
        await this.options.settle();
        if (pending.generation !== this.generation) await this.options.settleEverywhere?.();
        return payload;
      }
      if (
        reply.statusCode !== 200 ||
        typeof payload !== "string" ||
        payload.includes('"errors"') ||
        pending.generation !== this.generation ||
        !this.options.isLive()
      ) {
        return payload;
      }
      const entry: Entry = {
        body: Buffer.from(payload),
        contentType: String(reply.getHeader("content-type") ?? "application/json"),
        etag: `"${createHash("sha256").update(payload).digest("base64url").slice(0, 27)}"`,
      };
      this.entries.set(pending.key, entry);
      if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value!);
      if (request.method === "GET") this.validators(reply, entry);
      return payload;
    });
  }

  /**
   * The cached answer to a request, counted against `ip`'s limit of cached reads;
   * undefined when there is none (or the limit is reached): then Fastify handles it.
   */
  hit(view: RequestView, ip: string): Entry | undefined {
    const key = this.keyOf(view);
    const entry = key === null || key === MUTATION ? undefined : this.entries.get(key);
    return entry && this.count(ip) ? entry : undefined;
  }

  /** Counts a cached read for `ip`; false once it is beyond the limit. */
  count(ip: string): boolean {
    const limit = this.options.cachedLimitPerMinute;
    if (limit === 0) return true;
    const count = (this.counts.get(ip) ?? 0) + 1;
    this.counts.set(ip, count);
    return count <= limit;
  }

  private validators(reply: FastifyReply, entry: Entry): void {
    reply.header("etag", entry.etag);
    // Stored by browsers and CDNs, but checked on every use: a publish must show at once.
    reply.header("cache-control", "public, no-cache");
  }

  private send(request: FastifyRequest, reply: FastifyReply, entry: Entry): FastifyReply {
    if (request.method === "GET") {
      this.validators(reply, entry);
      if (namesETag(request.headers["if-none-match"], entry.etag)) return reply.code(304).send();
    }
    return reply.code(200).header("content-type", entry.contentType).send(entry.body);
  }

  /** The cache key of a public operation, MUTATION for a write, null for anything else. */
  private keyOf(request: RequestView): string | null {
    let params: GraphQLParams;
    if (request.method === "POST" || (request.method === "GET" && preflighted(request.headers))) params = request.params as GraphQLParams;
    else return null;
    if (params === null || typeof params !== "object" || Array.isArray(params)) return null;

    const operationName = params.operationName ?? undefined;
    if (operationName !== undefined && typeof operationName !== "string") return null;
    let text = params.query;
    const hash = params.extensions === undefined ? undefined : persistedHash(params.extensions);
    if (text === undefined && hash !== undefined) text = this.persisted.get(hash);
    if (typeof text !== "string") return null;
    // Too long to remember: a write may hide in it, and it is not worth caching.
    if (text.length > MAX_TEXT) return text.includes("mutation") ? MUTATION : null;
    if (hash !== undefined && params.query !== undefined && this.persisted.get(hash) !== text) {
      // Apollo refuses a hash that is not the text's; so does the cache.
      if (createHash("sha256").update(text).digest("hex") !== hash) return null;
      if (this.persisted.size >= MAX_SHAPES) this.persisted.clear();
      this.persisted.set(hash, text);
    }

    const shapeKey = operationName === undefined ? text : `${operationName}\u0000${text}`;
    let shape = this.shapes.get(shapeKey);
    if (shape === undefined) {
      shape = shapeOf(text, operationName);
      if (this.shapes.size >= MAX_SHAPES) this.shapes.clear();
      this.shapes.set(shapeKey, shape);
    }
    if (shape === "mutation") return request.method === "POST" ? MUTATION : null;
    // Some fields show staff more than prospects (price guidance): only anonymous answers are shared.
    if (shape !== "public" || !this.options.isLive() || request.signedIn) return null;

    const variables = typeof params.variables === "string" ? params.variables : JSON.stringify(params.variables ?? null);
    // The host too: answers may hold links to where they were asked.
    return `${request.host}\u0000${request.headers.accept ?? ""}\u0000${variables}\u0000${shapeKey}`;
  }
}
