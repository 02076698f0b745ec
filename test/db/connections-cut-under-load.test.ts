import { describe, expect, it } from "vitest";
import { startTestApp } from "../support/app.js";
import { checkQuotes, emptyResult, runLoad, signInReps } from "../load/load-driver.js";

/**
 * The server's connections cut by PostgreSQL (pg_terminate_backend) in the middle of the
 * load: what a failover or a restarted PostgreSQL does to a pool, and something that can be
 * done on a shared PostgreSQL (DATABASE_URL) where stopping the server is not ours to do.
 */
const SECONDS = Number(process.env.LOAD_SECONDS || 6);
const t = await startTestApp({ rateLimitPerMinute: 0 });
const base = await t.app.http.listen({ host: "127.0.0.1", port: 0 });

describe("connections cut under load", () => {
  it("answers only data or SERVICE_UNAVAILABLE, reconnects, and loses no acknowledged quote nor skips or doubles a number", { timeout: 120_000 }, async () => {
    const reps = await signInReps(base, (email, password) => t.services.auth.createUser({ email, password, name: "Load rep", role: "SALES" }, null), 10);
    const progress = emptyResult();
    const signal = { stop: false };
    const load = runLoad({ base, seconds: 90, prospects: 50, reps, tolerateUnavailable: true, signal, result: progress });

    let cut = 0;
    for (let round = 0; round < 3; round++) {
      const target = progress.quotes.length + 3;
      while (progress.quotes.length < target) await new Promise((r) => setTimeout(r, 20));
      // Every other connection to the database: the pool's (this statement's own spared) and the public cache's listener.
      const terminated: unknown[] = await t.dataSource.query(
        `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()`,
      );
      cut += terminated.length;
    }
    const lastCut = Date.now();
    await new Promise((r) => setTimeout(r, SECONDS * 1000));
    signal.stop = true;
    const result = await load;

    expect(cut).toBeGreaterThan(0);
    expect(result.errors).toEqual([]);
    expect(await checkQuotes(t.dataSource, result.quotes)).toEqual([]);
    const [{ after }] = await t.dataSource.query(`SELECT count(*)::int AS after FROM quote WHERE sent_at > $1`, [new Date(lastCut)]);
    expect(after).toBeGreaterThan(0);
    console.log(`connections cut: ${cut} backends terminated in 3 rounds, ${result.quotes.length} quotes acknowledged, ${result.unavailable} answers SERVICE_UNAVAILABLE, ${after} sent after the last cut, none lost`);
  });
});
