import { DEFAULT_REQUESTS_PER_HOUR } from "./domain/quote-request.js";
import { readCorsOrigins } from "./http/cors.js";
import { readPublicUrl } from "./http/public-url.js";

/** Settings from the environment, read once at start. */
export interface Config {
  port: number;
  host: string;
  databaseUrl: string | null;
  dataDir: string;
  seedDemo: boolean;
  production: boolean;
  clientDir: string;
  logLevel: string;
  trustProxy: boolean;
  /** Quote requests one client address may make in an hour. */
  quoteRequestsPerHour: number;
  /** Requests one address may make in a minute; 0 turns the per-address limit off. */
  rateLimitPerMinute: number;
  /** Where people reach this server (share links are built from it); null: the server's own address. */
  publicUrl: string | null;
  /** smtp://user:pass@host:587: send email through it; unset, messages stay in the outbox for admins to read. */
  smtpUrl: string | null;
  /** The From of the emails sent. */
  mailFrom: string;
  /** How long SIGTERM waits for requests in flight before closing their connections. */
  shutdownGraceMs: number;
  /** Origins whose pages may call the API from the browser (CORS); empty: none. */
  corsOrigins: string[];
  /** PDF worker threads, and how long one render may take before it is stopped. */
  pdfWorkers: number;
  pdfTimeoutMs: number;
}

function flag(value: string | undefined, fallback: boolean): boolean {
  if (value === undefined || value === "") return fallback;
  return !["false", "0", "no", "off"].includes(value.toLowerCase());
}

function positive(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined || value === "") return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new Error(`${name} must be a whole number above 0, not "${value}"`);
  return n;
}

function seconds(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined || value === "") return fallback;
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0) throw new Error(`${name} must be a number of seconds, not "${value}"`);
  return n;
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = Number(env.PORT ?? 4000);
  const rateLimit = Number(env.RATE_LIMIT_PER_MINUTE || 1000);
  if (!Number.isInteger(rateLimit) || rateLimit < 0) {
    throw new Error(`RATE_LIMIT_PER_MINUTE must be a whole number of requests (0 turns the limit off), not "${env.RATE_LIMIT_PER_MINUTE}"`);
  }
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number, not "${env.PORT}"`);
  return {
    port,
    host: env.HOST ?? "0.0.0.0",
    databaseUrl: env.DATABASE_URL || null,
    dataDir: env.DATA_DIR || "./.data",
    seedDemo: flag(env.SEED_DEMO, true),
    production: env.NODE_ENV === "production",
    clientDir: env.CLIENT_DIR || "./dist/client",
    logLevel: env.LOG_LEVEL || "warn",
    trustProxy: flag(env.TRUST_PROXY, false),
    quoteRequestsPerHour: positive(env.QUOTE_REQUESTS_PER_HOUR, DEFAULT_REQUESTS_PER_HOUR, "QUOTE_REQUESTS_PER_HOUR"),
    rateLimitPerMinute: rateLimit,
    publicUrl: readPublicUrl(env.PUBLIC_URL),
    smtpUrl: env.SMTP_URL || null,
    mailFrom: env.MAIL_FROM || "Tierwise <no-reply@localhost>",
    corsOrigins: readCorsOrigins(env.CORS_ORIGINS),
    shutdownGraceMs: seconds("SHUTDOWN_GRACE_SECONDS", env.SHUTDOWN_GRACE_SECONDS, 10) * 1000,
    pdfWorkers: positive(env.PDF_WORKERS, 2, "PDF_WORKERS"),
    pdfTimeoutMs: positive(env.PDF_TIMEOUT_SECONDS, 15, "PDF_TIMEOUT_SECONDS") * 1000,
  };
}
