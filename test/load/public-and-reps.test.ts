import { describe, expect, it } from "vitest";
import { startTestApp } from "../support/app.js";
import { checkQuotes, runLoad, signInReps } from "./load-driver.js";

/** Seconds of load: short in CI, longer with LOAD_SECONDS=60 (say) when measuring. */
const SECONDS = Number(process.env.LOAD_SECONDS || 6);

// One address makes every request here: the per-address limit would be the thing measured.
const t = await startTestApp({ rateLimitPerMinute: 0 });
const base = await t.app.http.listen({ host: "127.0.0.1", port: 0 });

describe("load on loopback", () => {
  it(`holds 50 prospects on the public page and 10 reps quoting for ${SECONDS} s: no errors, every quote its own number, totals as sent`, { timeout: 60_000 + SECONDS * 2000 }, async () => {
    const reps = await signInReps(base, (email, password) => t.services.auth.createUser({ email, password, name: "Load rep", role: "SALES" }, null), 10);
    const result = await runLoad({ base, seconds: SECONDS, prospects: 50, reps });
    expect(result.errors).toEqual([]);
    expect(result.unavailable).toBe(0);
    expect(result.reads).toBeGreaterThan(50);
    const sent = result.quotes.filter((q) => q.sent);
    expect(sent.length).toBeGreaterThanOrEqual(10);
    expect(sent.length).toBe(result.quotes.length);
    expect(await checkQuotes(t.dataSource, result.quotes)).toEqual([]);
    const [{ count }] = await t.dataSource.query(`SELECT count(*)::int AS count FROM quote WHERE customer_company LIKE 'Load customer %'`);
    expect(count).toBe(result.quotes.length);
    console.log(`load: ${SECONDS} s, ${result.reads} public catalog reads by 50 prospects, ${sent.length} quotes created, revised and sent by 10 reps, 0 errors`);
  });
});
