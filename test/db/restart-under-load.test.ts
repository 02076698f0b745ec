import "reflect-metadata";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { prepareDatabase } from "../../server/db/boot.js";
import { createDataSource } from "../../server/db/data-source.js";
import { freePort, startEmbeddedPostgres, type EmbeddedDatabase } from "../../server/db/embedded.js";
import { createApp } from "../../server/http/app.js";
import { createServices } from "../../server/services/services.js";
import { checkQuotes, emptyResult, runLoad, signInReps } from "../load/load-driver.js";

/**
 * The load of test/load on a PostgreSQL this test owns (never the machine's), stopped and
 * started again while prospects read and reps quote.
 */
const SECONDS = Number(process.env.LOAD_SECONDS || 6);
const dir = await mkdtemp(path.join(tmpdir(), "tierwise-restart-"));
const port = await freePort();
let db: EmbeddedDatabase = await startEmbeddedPostgres({ dataDir: dir, database: "tierwise", port, ephemeral: true });
const dataSource = createDataSource({ url: db.url });
await dataSource.initialize();
await prepareDatabase(dataSource, { seedDemo: true });
const services = createServices(dataSource);
const app = await createApp({ services, clientDir: null, rateLimitPerMinute: 0 });
const base = await app.http.listen({ host: "127.0.0.1", port: 0 });
afterAll(async () => {
  await app.http.close();
  await dataSource.destroy();
  await db.stop();
  await rm(dir, { recursive: true, force: true });
});

describe("PostgreSQL restarted under load", () => {
  it("answers SERVICE_UNAVAILABLE while it is away, reconnects, and loses no acknowledged quote nor skips or doubles a number", { timeout: 120_000 }, async () => {
    const reps = await signInReps(base, (email, password) => services.auth.createUser({ email, password, name: "Load rep", role: "SALES" }, null), 10);
    const signal = { stop: false };
    const progress = emptyResult();
    const load = runLoad({ base, seconds: 90, prospects: 50, reps, tolerateUnavailable: true, signal, result: progress });

    // Stopped once the reps are well under way, with writes in flight.
    while (progress.quotes.length < 10) await new Promise((r) => setTimeout(r, 50));
    const before = progress.quotes.length;
    await db.stop();
    const health = await fetch(`${base}/healthz`);
    expect(health.status).toBe(503);
    await new Promise((r) => setTimeout(r, 1500));
    db = await startEmbeddedPostgres({ dataDir: dir, database: "tierwise", port, ephemeral: true });
    const back = Date.now();
    // The load goes on for as long again once the database is back.
    await new Promise((r) => setTimeout(r, SECONDS * 1000));
    signal.stop = true;
    const result = await load;

    expect(result.errors).toEqual([]);
    expect(result.unavailable).toBeGreaterThan(0);
    expect(await checkQuotes(dataSource, result.quotes)).toEqual([]);
    // Quotes were made and sent after the restart too: the pool reconnected by itself.
    const [{ after }] = await dataSource.query(`SELECT count(*)::int AS after FROM quote WHERE sent_at > $1`, [new Date(back)]);
    expect(after).toBeGreaterThan(0);
    console.log(
      `restart under load: ${before} quotes acknowledged before the stop, ${result.quotes.length} in all (${result.quotes.filter((q) => q.sent).length} sent), ${result.unavailable} answers SERVICE_UNAVAILABLE while away, ${after} sent after the restart, none lost`,
    );
  });
});
