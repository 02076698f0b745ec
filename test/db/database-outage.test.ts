import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { freePort, startEmbeddedPostgres, type EmbeddedDatabase } from "../../server/db/embedded.js";
import { startServerProcess, type ServerProcess } from "../support/server-process.js";

/**
 * The server (`node dist/server/main.js`) on a PostgreSQL this test owns, stopped and
 * started again under it.
 */
const dir = await mkdtemp(path.join(tmpdir(), "tierwise-outage-"));
const port = await freePort();
let db: EmbeddedDatabase = await startEmbeddedPostgres({ dataDir: dir, database: "tierwise", port, ephemeral: true });
let server: ServerProcess | null = null;
afterAll(async () => {
  server?.child.kill("SIGKILL");
  await db.stop();
  await rm(dir, { recursive: true, force: true });
});

async function gql(query: string, headers: Record<string, string> = {}) {
  const res = await fetch(`${server!.base}/graphql`, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify({ query }) });
  return { status: res.status, body: (await res.json()) as { data?: any; errors?: { message: string; extensions: { code: string } }[] } };
}

const logLines = (pattern: RegExp) => server!.output().split("\n").filter((l) => pattern.test(l));

describe("while PostgreSQL is away", () => {
  it("answers SERVICE_UNAVAILABLE in GraphQL shape, /healthz 503, logs the outage once and its end, and reconnects by itself", { timeout: 90_000 }, async () => {
    server = await startServerProcess({ cwd: process.cwd(), main: path.resolve("dist/server/main.js"), env: { DATABASE_URL: db.url, LOG_LEVEL: "warn" } });
    expect((await gql("{ catalogs { slug } }")).body.data.catalogs).toHaveLength(6);

    await db.stop();
    const answers = [];
    for (let i = 0; i < 20; i++) {
      answers.push(await gql("{ catalogs { slug } }"));
      // A signed-in request reads its session before anything else: that is where "Context creation failed" came from.
      answers.push(await gql("{ me { id } }", { authorization: "Bearer some-session-token" }));
    }
    for (const answer of answers) {
      expect(answer.status).toBe(503);
      expect(answer.body.errors).toHaveLength(1);
      expect(answer.body.errors![0]).toMatchObject({ message: expect.stringContaining("database cannot be reached"), extensions: { code: "SERVICE_UNAVAILABLE" } });
    }
    expect((await fetch(`${server.base}/healthz`)).status).toBe(503);

    db = await startEmbeddedPostgres({ dataDir: dir, database: "tierwise", port, ephemeral: true });
    const deadline = Date.now() + 20_000;
    while ((await fetch(`${server.base}/healthz`)).status !== 200 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
    expect((await gql("{ catalogs { slug } }")).body.data.catalogs).toHaveLength(6);
    expect((await gql("{ me { id } }", { authorization: "Bearer some-session-token" })).body.errors?.[0]?.extensions.code).not.toBe("SERVICE_UNAVAILABLE");

    expect(logLines(/database cannot be reached/)).toHaveLength(1);
    expect(logLines(/database is reachable again/)).toHaveLength(1);
    expect(server.output()).not.toContain("Context creation failed");
    expect(logLines(/"level":50/)).toHaveLength(1);
  });
});
