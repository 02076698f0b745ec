import path from "node:path";
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import fastifyApollo, { fastifyApolloDrainPlugin } from "@as-integrations/fastify";
import fastifyCookie from "@fastify/cookie";
import fastifyRateLimit from "@fastify/rate-limit";
import Fastify, { type FastifyError, type FastifyInstance } from "fastify";
import type { GraphQLSchema } from "graphql";
import { createLoaders, type Context } from "../api/context.js";
import { compiledGateway } from "../api/compiled-executor.js";
import { formatError } from "../api/errors.js";
import { DEFAULT_LIMITS, queryLimitsRule, type QueryLimits } from "../api/limits.js";
import { inputGuardPlugin } from "../api/input-guard.plugin.js";
import { createSchema } from "../api/schema.js";
import type { Services } from "../services/services.js";
import { SESSION_COOKIE, sessionToken } from "./session.js";
import { answerOversizedBodies, TOO_LARGE_MESSAGE } from "./body-limit.js";
import { registerCors } from "./cors.js";
import { CSP_DIRECTIVES, upgradeInsecureRequestsOverHttps } from "./content-security.js";
import { DatabaseOutage, serviceUnavailable, UNAVAILABLE_MESSAGE, unavailableStatusPlugin } from "./database-outage.js";
import { noStorePlugin } from "./no-store.plugin.js";
import { sendGraphQLError } from "./graphql-error.js";
import { registerPdfRoutes } from "./pdf.routes.js";
import { PdfRenderer, type PdfRendererOptions } from "../services/pdf-renderer.js";
import { CACHED_READS_FACTOR, registerPublicCache } from "./public-cache.plugin.js";
import { PublicCacheFastPath } from "./public-cache-fast-path.js";
import { readPersistedQueries, registerPersistedQueries } from "./persisted-queries.js";
import { registerSecurityHeaders, securityHeaders } from "./security-headers.js";
import { isClientRoute, registerClient } from "./static.js";
import { publicOrigin } from "./public-url.js";

export interface AppOptions {
  services: Services;
  /** Built client to serve at "/" (dist/client); null serves the API only. */
  clientDir?: string | null;
  /** Production: no introspection, Secure cookies. */
  production?: boolean;
  /** Largest request body, in bytes. */
  bodyLimit?: number;
  /** Largest declared body read (and thrown away) before answering 413 on a connection kept open. */
  discardLimit?: number;
  limits?: QueryLimits;
  /** Fastify's log level ("warn", "info"...); unset: no logging (tests). */
  logLevel?: string;
  /** Behind a proxy or load balancer: take the client's address from X-Forwarded-For. */
  trustProxy?: boolean;
  schema?: GraphQLSchema;
  /** Origin of links in answers (PUBLIC_URL); unset: the address the server listens on. */
  publicUrl?: string | null;
  /** Origins whose pages may call the API cross-origin (CORS_ORIGINS); unset: none. */
  corsOrigins?: readonly string[];
  /** Requests one address may make in a minute (per process); beyond, 429 TOO_MANY_REQUESTS. 0: no limit. */
  rateLimitPerMinute?: number;
  /** PDF worker threads and their time limit. */
  pdf?: PdfRendererOptions;
  /** Answer public reads from a cache of whole answers, following publishes through PostgreSQL (default true). */
  publicCache?: boolean;
  /** Runs of one query text on graphql-js before it is compiled (compiled-executor.ts); Infinity: never. */
  compileAfter?: number;
}

export interface App {
  http: FastifyInstance;
  apollo: ApolloServer<Context>;
  /** Cached public GETs answered ahead of Fastify (see public-cache-fast-path.ts). */
  fastPath: PublicCacheFastPath;
}

function httpErrorAnswer(error: FastifyError): [number, string, string] {
  switch (error.code) {
    case "FST_ERR_CTP_BODY_TOO_LARGE":
      return [413, "PAYLOAD_TOO_LARGE", TOO_LARGE_MESSAGE];
    case "FST_ERR_CTP_INVALID_MEDIA_TYPE":
      return [415, "BAD_REQUEST", "Send GraphQL requests as application/json"];
    case "FST_ERR_CTP_EMPTY_JSON_BODY":
    case "FST_ERR_CTP_INVALID_JSON_BODY":
      return [400, "BAD_REQUEST", "The request body is not readable JSON"];
  }
  if (error.statusCode === 429) return [429, "TOO_MANY_REQUESTS", "Too many requests; slow down and try again shortly"];
  if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
    return [error.statusCode, "BAD_REQUEST", "The request could not be read"];
  }
  return [500, "INTERNAL_SERVER_ERROR", "Something went wrong on our side; nothing was changed. Please try again."];
}

export async function createApp(options: AppOptions): Promise<App> {
  const bodyLimit = options.bodyLimit ?? 1024 * 1024;
  const headers = securityHeaders({ contentSecurityPolicy: { directives: CSP_DIRECTIVES } });
  const fastPath = new PublicCacheFastPath(headers, bodyLimit);
  const http = Fastify({
    serverFactory: fastPath.serverFactory,
    logger: options.logLevel ? { level: options.logLevel } : false,
    trustProxy: options.trustProxy ?? false,
    bodyLimit,
    // The API's answers are shaped here, not by Fastify's default error page.
    return503OnClosing: true,
  });
  const schema = options.schema ?? (await createSchema());
  const outage = new DatabaseOutage(() => options.services.dataSource.query("SELECT 1"), {
    error: (m) => http.log.error(m),
    warn: (m) => http.log.warn(m),
  });
  http.addHook("onClose", async () => outage.close());
  const apollo = new ApolloServer<Context>({
    // The schema, with an executor that compiles the queries a server runs again and again (compiled-executor.ts).
    gateway: compiledGateway(schema, options.compileAfter),
    introspection: !options.production,
    includeStacktraceInErrorResponses: false,
    // main.ts owns shutdown; Apollo's own handler would re-raise SIGTERM and kill the process mid-way.
    stopOnTerminationSignals: false,
    validationRules: [queryLimitsRule(options.limits ?? DEFAULT_LIMITS)],
    // Bounds the parser's work (and its recursion) before the limits above can look at the document.
    parseOptions: { maxTokens: 10_000 },
    formatError: formatError(
      (err) => http.log.error({ err }, "unexpected error in a GraphQL operation"),
      (err) => outage.failed(err),
      // With introspection off, "Did you mean ...?" would still spell out the schema.
      { hideSuggestions: options.production ?? false },
    ),
    plugins: [
      fastifyApolloDrainPlugin(http),
      ApolloServerPluginLandingPageDisabled(),
      // Apollo's cache-control plugin wraps every field's resolver to collect hints nobody
      // gives; without hints its only effect was "no-store" on every answer, kept below.
      ApolloServerPluginCacheControlDisabled(),
      noStorePlugin,
      unavailableStatusPlugin,
      inputGuardPlugin<Context>((options.limits ?? DEFAULT_LIMITS).maxCost),
    ],
  });
  await apollo.start();

  registerSecurityHeaders(http, headers);
  fastPath.register(http);
  upgradeInsecureRequestsOverHttps(http);
  await registerCors(http, options.corsOrigins ?? []);

  // Before the public cache's hook: a known hash gets its text, so the cache keys it from the first request.
  registerPersistedQueries(http, options.clientDir ? await readPersistedQueries(path.resolve(options.clientDir)) : new Map());
  const rateLimit = options.rateLimitPerMinute ?? 1000;
  if (options.publicCache ?? true) {
    fastPath.use(await registerPublicCache(http, options.services.dataSource, options.services.catalogs, rateLimit * CACHED_READS_FACTOR));
    http.addHook("preClose", async () => fastPath.close());
  }
  if (rateLimit > 0) {
    // After the public cache's hook, so that cached answers count against their own, higher limit.
    await http.register(fastifyRateLimit, { global: true, max: rateLimit, timeWindow: 60_000, hook: "preHandler" });
  }
  answerOversizedBodies(http, { bodyLimit, discardLimit: options.discardLimit ?? 16 * bodyLimit });

  http.setErrorHandler((error: FastifyError, request, reply) => {
    if (outage.failed(error)) return sendGraphQLError(reply, 503, "SERVICE_UNAVAILABLE", UNAVAILABLE_MESSAGE);
    const [status, code, message] = httpErrorAnswer(error);
    if (status >= 500) request.log.error({ err: error }, "request failed");
    return sendGraphQLError(reply, status, code, message);
  });

  const origin = publicOrigin(http, options.publicUrl);
  await http.register(fastifyCookie);
  const secure = options.production ?? false;
  await http.register(fastifyApollo(apollo), {
    context: async (request, reply): Promise<Context> => {
      const token = sessionToken(request);
      // While the database is away, answer at once rather than queue on a pool that cannot connect.
      if (outage.down) throw serviceUnavailable();
      const viewer = await options.services.auth.viewerFor(token).catch((err: unknown) => {
        throw outage.failed(err) ? serviceUnavailable() : err;
      });
      return {
        services: options.services,
        loaders: createLoaders(options.services),
        viewer,
        ip: request.ip,
        // Asked of the listening socket only by what builds links (most requests build none).
        get origin() {
          return origin();
        },
        session: {
          token,
          set: (value, expires) =>
            void reply.setCookie(SESSION_COOKIE, value, { path: "/", httpOnly: true, sameSite: "lax", secure, expires }),
          clear: () => void reply.clearCookie(SESSION_COOKIE, { path: "/", httpOnly: true, sameSite: "lax", secure }),
        },
      };
    },
  });

  http.get("/healthz", async (_request, reply) => {
    try {
      await options.services.dataSource.query("SELECT 1");
      outage.succeeded();
      return { status: "ok" };
    } catch (err) {
      outage.failed(err);
      return reply.status(503).send({ status: "database unavailable" });
    }
  });
  const pdfRenderer = new PdfRenderer(options.pdf);
  http.addHook("onClose", async () => pdfRenderer.close());
  await registerPdfRoutes(http, options.services, pdfRenderer);

  const hasClient = options.clientDir ? await registerClient(http, path.resolve(options.clientDir)) : false;
  http.setNotFoundHandler((request, reply) => {
    // Client-side routes (/compare/beesender, /quotes/...) get the single-page app.
    if (hasClient && isClientRoute(request)) return reply.type("text/html").sendFile("index.html");
    return sendGraphQLError(reply, 404, "NOT_FOUND", `Nothing at ${request.method} ${request.url.split("?")[0]}`);
  });

  return { http, apollo, fastPath };
}
