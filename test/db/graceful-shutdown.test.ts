import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { connect, type Socket } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { startEmbeddedPostgres } from "../../server/db/embedded.js";
import { startServerProcess } from "../support/server-process.js";

const dir = await mkdtemp(path.join(tmpdir(), "tierwise-shutdown-"));
afterAll(() => rm(dir, { recursive: true, force: true }));

/** A POST written in two parts, so that it is in flight (headers read, body still coming) for as long as we like. */
function slowPost(base: string, pathname: string, body: string, cookie: string) {
  const url = new URL(base);
  const socket: Socket = connect(Number(url.port), url.hostname);
  let answer = "";
  socket.on("data", (d) => (answer += d.toString()));
  const ended = new Promise<string>((resolve) => socket.on("close", () => resolve(answer)));
  socket.on("error", () => undefined);
  const bytes = Buffer.from(body);
  const half = Math.floor(bytes.length / 2);
  socket.write(`POST ${pathname} HTTP/1.1\r\nHost: ${url.host}\r\nContent-Type: application/json\r\nCookie: ${cookie}\r\nContent-Length: ${bytes.length}\r\nConnection: close\r\n\r\n`);
  socket.write(bytes.subarray(0, half));
  return { finish: () => socket.write(bytes.subarray(half)), ended };
}

describe("SIGTERM", () => {
  it("stops taking requests, finishes those in flight, closes a stuck one after the grace period, and stops the embedded database", { timeout: 120_000 }, async () => {
    const server = await startServerProcess({
      cwd: process.cwd(),
      main: path.resolve("dist/server/main.js"),
      env: { DATA_DIR: dir, SHUTDOWN_GRACE_SECONDS: "3" },
    });
    const pgData = /embedded PostgreSQL data in (\S+)/.exec(server.output())![1];
    const login = await fetch(`${server.base}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: `mutation { login(email: "sales@tierwise.demo", password: "tierwise-sales-demo") { id } }` }),
    });
    const cookie = String(login.headers.get("set-cookie")).split(";")[0];
    const input = { catalogSlug: "beesender", customer: { company: "In Flight Ltd", name: "Ann", email: "ann@inflight.example" }, licensePrice: "50000", options: [{ planKey: "business" }] };
    const create = JSON.stringify({ query: `mutation($input: QuoteInput!) { createQuote(input: $input) { number } }`, variables: { input } });

    const inFlight = slowPost(server.base, "/graphql", create, cookie);
    const stuck = slowPost(server.base, "/graphql", create, cookie);
    await new Promise((r) => setTimeout(r, 300));
    const stoppedAt = Date.now();
    server.child.kill("SIGTERM");
    await new Promise((r) => setTimeout(r, 500));
    await expect(fetch(`${server.base}/healthz`)).rejects.toThrow();
    inFlight.finish();
    const answer = await inFlight.ended;
    expect(answer).toMatch(/^HTTP\/1\.1 200/);
    const number = /"number":"(Q-\d{4}-\d{4})"/.exec(answer)?.[1];
    expect(number).toBeDefined();

    expect(await server.exited).toBe(0);
    expect(Date.now() - stoppedAt).toBeLessThan(15_000);
    await stuck.ended;
    expect(server.output()).toContain("closing their connections");
    expect(existsSync(path.join(pgData, "postmaster.pid")), "the embedded PostgreSQL stopped").toBe(false);

    // The answered quote is there; the one cut short left nothing behind.
    const db = await startEmbeddedPostgres({ dataDir: dir, database: "tierwise" });
    try {
      const client = new pg.Client({ connectionString: db.url });
      await client.connect();
      const { rows } = await client.query("SELECT number FROM quote WHERE customer_company = 'In Flight Ltd'");
      await client.end();
      expect(rows).toEqual([{ number }]);
    } finally {
      await db.stop();
    }
  });
});
