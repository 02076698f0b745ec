import { DEFAULT_REQUESTS_PER_HOUR } from "./domain/quote-request.js";

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

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = Number(env.PORT ?? 4000);
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
  };
}
