import "reflect-metadata";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createDataSource } from "../../server/db/data-source.js";
import { startEmbeddedPostgres } from "../../server/db/embedded.js";
import { checkQuotes, emptyResult, runLoad, type Rep } from "../load/load-driver.js";
import { startServerProcess, type ServerProcess } from "../support/server-process.js";

/**
 * `node dist/server/main.js` with its embedded PostgreSQL in a directory of this test,
 * killed with SIGKILL (no shutdown at all) in the middle of writes, then started again on
 * the same directory: its database comes back, and holds the old state or the new one.
 */
const dir = await mkdtemp(path.join(tmpdir(), "tierwise-killed-"));
const start = () => startServerProcess({ cwd: process.cwd(), main: path.resolve("dist/server/main.js"), env: { DATA_DIR: dir, RATE_LIMIT_PER_MINUTE: "0" }, readyMs: 90_000 });
let server: ServerProcess = await start();
afterAll(async () => {
  server.child.kill("SIGTERM");
  await server.exited;
  await rm(dir, { recursive: true, force: true });
});

async function gql(query: string, variables: Record<string, unknown> = {}, cookie?: string) {
  const res = await fetch(`${server.base}/graphql`, { method: "POST", headers: { "content-type": "application/json", ...(cookie ? { cookie } : {}) }, body: JSON.stringify({ query, variables }) });
  return { res, body: (await res.json()) as { data?: any; errors?: { message: string }[] } };
}

async function signIn(email: string, password: string): Promise<string> {
  const { res } = await gql(`mutation($e: String!, $p: String!) { login(email: $e, password: $p) { id } }`, { e: email, p: password });
  return String(res.headers.get("set-cookie")).split(";")[0];
}

async function killAndRestart(): Promise<void> {
  server.child.kill("SIGKILL");
  expect(await server.exited).toBe("SIGKILL");
  // The same DATA_DIR: the embedded database the killed server left is started again.
  server = await start();
}

/** The server's database, joined while it runs. */
async function database() {
  const db = await startEmbeddedPostgres({ dataDir: dir, database: "tierwise", joinRunning: true });
  const ds = createDataSource({ url: db.url, poolSize: 1 });
  await ds.initialize();
  return ds;
}

describe("the server killed with SIGKILL", () => {
  it("while reps create quotes: restarted, it has every acknowledged quote whole, and numbers go on without a gap", { timeout: 180_000 }, async () => {
    const reps: Rep[] = [];
    for (let i = 0; i < 5; i++) reps.push({ cookie: await signIn("sales@tierwise.demo", "tierwise-sales-demo") });
    const progress = emptyResult();
    const signal = { stop: false };
    const load = runLoad({ base: server.base, seconds: 120, prospects: 0, reps, tolerateUnavailable: true, signal, result: progress });
    while (progress.quotes.length < 8) await new Promise((r) => setTimeout(r, 20));
    await killAndRestart();
    signal.stop = true;
    const result = await load;
    expect(result.errors).toEqual([]);

    const ds = await database();
    try {
      expect(await checkQuotes(ds, result.quotes)).toEqual([]);
      // Every quote the database holds opens whole: a half-written one would not price or read.
      const cookie = await signIn("sales@tierwise.demo", "tierwise-sales-demo");
      const ids: { id: string }[] = await ds.query(`SELECT id FROM quote`);
      for (const { id } of ids) {
        const read = await gql(`query($id: ID!) { quote(id: $id) { number total options { lines { label } } } }`, { id }, cookie);
        expect(read.body.errors).toBeUndefined();
        expect(read.body.data.quote.options[0].lines.length).toBeGreaterThan(0);
      }
      const next = await runLoad({ base: server.base, seconds: 1, prospects: 0, reps: [{ cookie }] });
      expect(next.errors).toEqual([]);
      expect(await checkQuotes(ds, [...result.quotes, ...next.quotes])).toEqual([]);
      console.log(`killed while creating: ${result.quotes.length} acknowledged before the kill, ${ids.length} in the database after restart, all whole, numbers without gaps`);
    } finally {
      await ds.destroy();
    }
  });

  it("while publishing: restarted, each catalog is either still unpublished or published whole", { timeout: 180_000 }, async () => {
    const admin = await signIn("admin@tierwise.demo", "tierwise-admin-demo");
    const copies: { slug: string; revision: number }[] = [];
    for (let i = 0; i < 6; i++) {
      const cloned = await gql(`mutation($n: String!) { cloneCatalog(slug: "beesender", newSlug: $n, newName: $n) { slug revision } }`, { n: `kill-copy-${i}` }, admin);
      expect(cloned.body.errors).toBeUndefined();
      copies.push(cloned.body.data.cloneCatalog);
    }
    const plans = (await gql(`{ catalog(slug: "beesender") { plans { key } } }`)).body.data.catalog.plans.length;
    // All published at once; the server is killed as soon as the first is answered, the others in flight.
    const publishes = copies.map((c) =>
      gql(`mutation($s: String!, $r: Int!) { publishCatalog(slug: $s, revision: $r) { publishedVersion } }`, { s: c.slug, r: c.revision }, admin).then(
        (a) => a.body.data?.publishCatalog?.publishedVersion === 1,
        () => false,
      ),
    );
    await Promise.race(publishes);
    await killAndRestart();
    const acknowledged = await Promise.all(publishes);

    let published = 0;
    for (const [i, c] of copies.entries()) {
      const read = (await gql(`query($s: String!) { catalog(slug: $s) { version plans { key } } }`, { s: c.slug })).body;
      expect(read.errors).toBeUndefined();
      if (read.data.catalog === null) {
        expect(acknowledged[i]).toBe(false);
        continue;
      }
      published++;
      expect(read.data.catalog).toMatchObject({ version: 1 });
      expect(read.data.catalog.plans).toHaveLength(plans);
    }
    expect(published).toBeGreaterThan(0);
    console.log(`killed while publishing: ${acknowledged.filter(Boolean).length} publishes acknowledged, ${published} of ${copies.length} published whole after restart, the rest still drafts`);
  });
});
