import "reflect-metadata";
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { startEmbeddedPostgres } from "../../server/db/embedded.js";

const dirs: string[] = [];
afterAll(async () => {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

async function newDir(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), "tierwise-embedded-"));
  dirs.push(dir);
  return dir;
}

async function query(url: string, sql: string): Promise<unknown[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows;
  } finally {
    await client.end();
  }
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

async function waitUntil(check: () => boolean, ms: number): Promise<boolean> {
  for (const end = Date.now() + ms; Date.now() < end; ) {
    if (check()) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return check();
}

describe("embedded PostgreSQL", () => {
  it("keeps its data across a restart", async () => {
    const dir = await newDir();
    const first = await startEmbeddedPostgres({ dataDir: dir, database: "app", ephemeral: true });
    await query(first.url, "CREATE TABLE kept (n int); INSERT INTO kept VALUES (42)");
    await first.stop();
    const second = await startEmbeddedPostgres({ dataDir: dir, database: "app", ephemeral: true });
    try {
      expect(await query(second.url, "SELECT n FROM kept")).toEqual([{ n: 42 }]);
    } finally {
      await second.stop();
    }
  });

  it("starts after a server was killed, and the killed server's database does not outlive it", async () => {
    const dir = await newDir();
    // A child Node process plays the server: it starts the database, reports the postmaster's pid, and is then SIGKILLed.
    const script = `
      import { startEmbeddedPostgres } from ${JSON.stringify(path.resolve("dist/server/db/embedded.js"))};
      const db = await startEmbeddedPostgres({ dataDir: ${JSON.stringify(dir)}, database: "app", ephemeral: true });
      console.log("READY");
      setInterval(() => {}, 1000);
    `;
    expect(existsSync("dist/server/db/embedded.js"), "run `npm run build:server` first (npm test does)").toBe(true);
    const child = spawn(process.execPath, ["--input-type=module", "-e", script], { stdio: ["ignore", "pipe", "inherit"] });
    await new Promise<void>((resolve, reject) => {
      child.stdout.on("data", (d: Buffer) => d.toString().includes("READY") && resolve());
      child.on("exit", (code) => reject(new Error(`the server exited early (${code})`)));
    });
    const postmaster = Number((await readFile(path.join(dir, "pg", "postmaster.pid"), "utf8")).split("\n")[0]);
    expect(alive(postmaster)).toBe(true);
    child.kill("SIGKILL");
    expect(await waitUntil(() => !alive(postmaster), 15_000)).toBe(true);

    const again = await startEmbeddedPostgres({ dataDir: dir, database: "app", ephemeral: true });
    try {
      expect(await query(again.url, "SELECT 1 AS ok")).toEqual([{ ok: 1 }]);
    } finally {
      await again.stop();
    }
  });

  it("stops a postmaster an earlier server left running, and a stale lock file", async () => {
    const dir = await newDir();
    const first = await startEmbeddedPostgres({ dataDir: dir, database: "app", ephemeral: true });
    const postmaster = Number((await readFile(path.join(dir, "pg", "postmaster.pid"), "utf8")).split("\n")[0]);
    // Start again on the same directory without stopping: the orphan must be stopped first.
    const second = await startEmbeddedPostgres({ dataDir: dir, database: "app", ephemeral: true });
    try {
      expect(alive(postmaster)).toBe(false);
      expect(await query(second.url, "SELECT 1 AS ok")).toEqual([{ ok: 1 }]);
    } finally {
      await second.stop();
      await first.stop().catch(() => undefined);
    }
  });
});
