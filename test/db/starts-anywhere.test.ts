import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { chmod, cp, mkdir, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { startServerProcess } from "../support/server-process.js";

const run = promisify(execFile);
const cleanup: string[] = [];
afterAll(async () => {
  for (const dir of cleanup) await rm(dir, { recursive: true, force: true });
});

/**
 * A clone in a folder only its owner may enter (as /root is on Debian): its own
 * node_modules (hard links, so the PostgreSQL binaries really sit inside the private
 * folder) and the built server, started the way `npm start` does.
 */
async function privateClone(): Promise<string> {
  const outer = await mkdtemp(path.join(tmpdir(), "tierwise-private-"));
  cleanup.push(outer);
  await chmod(outer, 0o700);
  const project = path.join(outer, "tierwise");
  await mkdir(path.join(project, "dist"), { recursive: true });
  await run("cp", ["-al", path.resolve("node_modules"), path.join(project, "node_modules")]).catch(() =>
    // Another file system: a real copy (slower).
    run("cp", ["-a", path.resolve("node_modules"), path.join(project, "node_modules")]),
  );
  await cp(path.resolve("dist/server"), path.join(project, "dist/server"), { recursive: true });
  await cp(path.resolve("package.json"), path.join(project, "package.json"));
  return project;
}

describe("npm start from a clone in a 0700 folder", () => {
  it("serves the six catalogs, says where the database lives, and stops it on SIGTERM", { timeout: 120_000 }, async () => {
    const project = await privateClone();
    const server = await startServerProcess({ cwd: project, main: path.join(project, "dist/server/main.js") });
    const where = /embedded PostgreSQL data in (\S+)/.exec(server.output())?.[1];
    expect(where, server.output()).toBeDefined();
    const root = process.getuid?.() === 0;
    if (root) {
      // PostgreSQL runs as "postgres", which cannot enter the clone: the cluster lives elsewhere, and the line says why.
      cleanup.push(path.dirname(where!));
      expect(where!.startsWith(path.dirname(project))).toBe(false);
      expect(server.output()).toContain(`the postgres user cannot reach ${path.join(project, ".data")}`);
    } else {
      expect(where).toBe(path.join(project, ".data", "pg"));
    }
    try {
      expect((await fetch(`${server.base}/healthz`)).status).toBe(200);
      const res = await fetch(`${server.base}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: "{ catalogs { slug } }" }),
      });
      const body = (await res.json()) as { data: { catalogs: { slug: string }[] } };
      expect(body.data.catalogs.map((c) => c.slug).sort()).toEqual(["aimaras", "beesender", "pingstreams", "pipe17", "pro-support-credits", "tiledesk"]);
    } finally {
      server.child.kill("SIGTERM");
    }
    expect(await server.exited).toBe(0);
    expect(server.output()).not.toMatch(/\n\s+at /);
    expect(existsSync(path.join(where!, "postmaster.pid")), "the embedded PostgreSQL stopped with the server").toBe(false);
  });
});
