import "reflect-metadata";
import { readConfig, type Config } from "./config.js";
import { prepareDatabase } from "./db/boot.js";
import { createDataSource } from "./db/data-source.js";
import { startEmbeddedPostgres, type EmbeddedDatabase } from "./db/embedded.js";
import { createApp } from "./http/app.js";
import { DEMO_USERS, ensureDemoUsers } from "./services/demo-users.js";
import { MailDrainer } from "./services/mail-drainer.js";
import { createServices } from "./services/services.js";
import nodemailer from "nodemailer";

/**
 * Starts Tierwise: the database (DATABASE_URL, or an embedded PostgreSQL in DATA_DIR),
 * pending migrations, the demo catalogs on first start, then the API and the client.
 */
async function main(): Promise<void> {
  let config: Config;
  try {
    config = readConfig();
  } catch (err) {
    console.error(`[tierwise] could not start: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  }
  const log = (m: string) => console.log(`[tierwise] ${m}`);
  let embedded: EmbeddedDatabase | null = null;
  let url = config.databaseUrl;
  if (!url) {
    embedded = await startEmbeddedPostgres({ dataDir: config.dataDir, database: "tierwise" }).catch((err: unknown) => {
      // One sentence that says what to do, not a stack trace.
      console.error(`[tierwise] could not start the embedded PostgreSQL: ${err instanceof Error ? err.message : String(err)}`);
      process.exit(1);
    });
    log(
      embedded.relocated
        ? `embedded PostgreSQL data in ${embedded.pgData} (running as root, and the postgres user cannot reach ${embedded.relocated})`
        : `embedded PostgreSQL data in ${embedded.pgData}`,
    );
    url = embedded.url;
  }
  const dataSource = createDataSource({ url });
  let app: Awaited<ReturnType<typeof createApp>> | null = null;
  let drainer: MailDrainer | null = null;

  // SIGTERM (or Ctrl-C): stop taking requests, let those in flight finish (for up to the
  // grace period, then close their connections), close the pool, stop the embedded database.
  // Each mutation is one transaction, so one cut short is rolled back, never half-written.
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) {
      log(`${signal} again: closing the connections of requests still in flight`);
      app?.http.server.closeAllConnections();
      return;
    }
    stopping = true;
    log(`${signal}: finishing the requests in flight (up to ${config.shutdownGraceMs / 1000} s), then stopping`);
    const force = setTimeout(() => {
      log("requests still in flight after the grace period: closing their connections");
      app?.http.server.closeAllConnections();
    }, config.shutdownGraceMs);
    let code = 0;
    try {
      await app?.http.close();
      await drainer?.stop();
      clearTimeout(force);
      if (dataSource.isInitialized) await dataSource.destroy();
    } catch (err) {
      code = 1;
      console.error(`[tierwise] stopping: ${err instanceof Error ? err.message : String(err)}`);
    } finally {
      clearTimeout(force);
      await embedded?.stop();
      log("stopped");
      process.exit(code);
    }
  };
  process.on("SIGINT", () => void stop("SIGINT"));
  process.on("SIGTERM", () => void stop("SIGTERM"));

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
      rateLimitPerMinute: config.rateLimitPerMinute,
      publicUrl: config.publicUrl,
      corsOrigins: config.corsOrigins,
      pdf: { workers: config.pdfWorkers, timeoutMs: config.pdfTimeoutMs },
    });
    await app.http.listen({ port: config.port, host: config.host });
    if (config.smtpUrl) {
      drainer = new MailDrainer(dataSource, () => new Date(), nodemailer.createTransport(config.smtpUrl), config.mailFrom);
      drainer.start(5000, (m) => console.error(`[tierwise] ${m}`));
      log("sending email through SMTP_URL");
    } else {
      log("SMTP_URL is not set: emails stay in the outbox (admins read them)");
    }
    log(`ready on http://localhost:${config.port}`);
  } catch (err) {
    console.error("[tierwise] could not start:", err instanceof Error ? err.message : err);
    if (dataSource.isInitialized) await dataSource.destroy().catch(() => undefined);
    await embedded?.stop();
    // Explicitly: a pool or timer left half-started must not keep a failed server alive.
    process.exit(1);
  }
}

void main();
