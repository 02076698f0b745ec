import { spawn, type ChildProcess } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import type { DataSource } from "typeorm";
import { prepareDatabase } from "../../server/db/boot.js";
import { createDataSource } from "../../server/db/data-source.js";
import { freePort, startEmbeddedPostgres } from "../../server/db/embedded.js";
import { databaseUrl } from "../support/urls.js";

/** A database of its own for the run: on DATABASE_URL's server when set, else an embedded PostgreSQL in a temporary directory. */
export async function benchDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  let dir: string | null = null;
  let stopEmbedded = async () => {};
  let adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) {
    dir = await mkdtemp(path.join(tmpdir(), "tierwise-bench-"));
    const embedded = await startEmbeddedPostgres({ dataDir: dir, database: "postgres", ephemeral: true });
    adminUrl = embedded.adminUrl;
    stopEmbedded = () => embedded.stop();
  }
  const name = `tw_bench_${Date.now().toString(36)}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  return {
    url: databaseUrl(adminUrl, name),
    drop: async () => {
      await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await admin.end();
      await stopEmbedded();
      if (dir) await rm(dir, { recursive: true, force: true });
    },
  };
}

/** The data source the in-process measurements use, migrated and seeded; `statements` counts SQL sent while `counting`. */
export async function openDatabase(url: string) {
  const counter = { counting: false, statements: 0 };
  const ds = createDataSource({ url, onQuery: () => counter.counting && counter.statements++ });
  await ds.initialize();
  await prepareDatabase(ds, { seedDemo: true });
  return { ds, counter };
}

/** A catalog document of `plans` x `features`, every cell filled. */
export function generatedCatalog(slug: string, plans: number, features: number) {
  const planDocs = Array.from({ length: plans }, (_, i) => ({
    key: `plan-${i}`,
    name: `Plan ${i}`,
    tagline: `The ${i}th tier`,
    pricing: { kind: "FIXED", amount: String(100 + i), period: "MONTH" },
  }));
  return {
    slug,
    name: `Generated ${plans}x${features}`,
    currency: "USD",
    plans: planDocs,
    features: Array.from({ length: features }, (_, f) => ({
      key: `feature-${f}`,
      label: `Feature ${f}`,
      cells: Object.fromEntries(planDocs.map((p, i) => [p.key, (f + i) % 3 !== 0])),
    })),
  };
}

/**
 * Copies quote `sourceId` into quotes numbered from..to (each its own company, contact
 * and address, older than the source), as many as a busy sales team makes over years.
 */
export async function copyQuotes(ds: DataSource, sourceId: string, from: number, to: number): Promise<void> {
  const columns: { column_name: string }[] = await ds.query(
    `SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = 'quote' ORDER BY ordinal_position`,
  );
  const overrides: Record<string, string> = {
    id: "gen_random_uuid()",
    number: `'B-' || lpad(i::text, 7, '0')`,
    base_number: `'B-' || lpad(i::text, 7, '0')`,
    revision: "1",
    customer_company: `'Company ' || substr(md5(i::text), 1, 10)`,
    customer_name: `'Contact ' || i`,
    customer_email: `'buyer' || i || '@example.com'`,
    created_at: `q.created_at - make_interval(secs => i)`,
    updated_at: `q.created_at - make_interval(secs => i)`,
    superseded_by: "NULL",
  };
  const names = columns.map((c) => c.column_name);
  const values = names.map((n) => overrides[n] ?? `q."${n}"`);
  for (let start = from; start <= to; start += 20_000) {
    await ds.query(
      `INSERT INTO quote (${names.map((n) => `"${n}"`).join(", ")})
       SELECT ${values.join(", ")} FROM quote q CROSS JOIN generate_series($2::int, $3::int) AS i WHERE q.id = $1`,
      [sourceId, start, Math.min(to, start + 19_999)],
    );
  }
  await ds.query("ANALYZE quote");
}

export interface Child {
  url: string;
  process: ChildProcess;
  stop: () => Promise<void>;
}

/** Starts a node process and waits for `ready` on its output. */
async function startChild(args: string[], env: NodeJS.ProcessEnv, port: number, ready: string): Promise<Child> {
  const child = spawn(process.execPath, args, { env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${args.join(" ")} did not start:\n${output}`)), 60_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes(ready)) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout!.on("data", read);
    child.stderr!.on("data", read);
    child.once("exit", (code) => reject(new Error(`${args.join(" ")} exited with ${code}:\n${output}`)));
  });
  return {
    url: `http://127.0.0.1:${port}`,
    process: child,
    stop: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGTERM");
      await exited;
    },
  };
}

/** Our server, as `npm start` runs it, on the bench database with the per-address limit off. */
export async function startServer(databaseUrlValue: string, extraArgs: string[] = []): Promise<Child> {
  const port = await freePort();
  return startChild(
    [...extraArgs, "dist/server/main.js"],
    { DATABASE_URL: databaseUrlValue, PORT: String(port), HOST: "127.0.0.1", RATE_LIMIT_PER_MINUTE: "0", SEED_DEMO: "false", LOG_LEVEL: "error" },
    port,
    "ready on",
  );
}

/** The bare node:http reference, answering `bodyFile`'s bytes. */
export async function startBareServer(bodyFile: string): Promise<Child> {
  const port = await freePort();
  return startChild([path.join(import.meta.dirname, "bare-server.js"), String(port), bodyFile], {}, port, "ready");
}
