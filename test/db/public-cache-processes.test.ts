import "reflect-metadata";
import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createDataSource } from "../../server/db/data-source.js";
import { createServices } from "../../server/services/services.js";
import { freshDatabase } from "../support/database.js";

const ROOT = path.resolve(import.meta.dirname, "../..");
const children: ChildProcess[] = [];

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** A server process of its own (the built dist/server/main.js) on the given database. */
async function startServer(url: string): Promise<string> {
  const port = await freePort();
  const child = spawn(process.execPath, [path.join(ROOT, "dist/server/main.js")], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: url, PORT: String(port), HOST: "127.0.0.1", SEED_DEMO: "false", CLIENT_DIR: "none", RATE_LIMIT_PER_MINUTE: "0" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  children.push(child);
  let output = "";
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 30_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes("ready on")) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout!.on("data", read);
    child.stderr!.on("data", read);
    child.once("exit", (code) => reject(new Error(`server exited with ${code}:\n${output}`)));
  });
  return `http://127.0.0.1:${port}`;
}

afterAll(async () => {
  for (const child of children) {
    if (child.exitCode === null) {
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGTERM");
      await exited;
    }
  }
});

async function gql(base: string, query: string, variables: Record<string, unknown> = {}, cookie?: string) {
  const res = await fetch(`${base}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(cookie ? { cookie } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return { body: (await res.json()) as any, cookie: res.headers.get("set-cookie")?.split(";")[0] };
}

const NAME = `query($slug: String!) { catalog(slug: $slug) { version name } }`;
const PRICE = `{ priceQuote(input: { catalogSlug: "beesender", planKey: "business", licensePrice: "50000" }) { catalogVersion } }`;

describe("two server processes on one database", () => {
  it("serve a publish made on either one at the next read, the publisher and the other alike", async () => {
    const url = await freshDatabase();
    const dataSource = createDataSource({ url });
    await dataSource.initialize();
    const email = "two-processes@example.com";
    const password = "correct horse battery";
    await createServices(dataSource).auth.createUser({ email, name: "Admin", role: "ADMIN", password }, null);
    await dataSource.destroy();

    const [a, b] = await Promise.all([startServer(url), startServer(url)]);
    const { cookie } = await gql(a, `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { id } }`, { e: email, p: password });
    expect(cookie).toBeTruthy();

    // Both have the answer cached before the publish, and the published head in memory.
    for (const server of [a, b, a, b]) expect((await gql(server, NAME, { slug: "beesender" })).body.data.catalog).toEqual({ version: 1, name: "Beesender" });
    for (const server of [a, b]) expect((await gql(server, PRICE)).body.data.priceQuote.catalogVersion).toBe(1);

    let revision = 1;
    for (const [publisher, name] of [[a, "Beesender, published on A"], [b, "Beesender, published on B"]] as const) {
      const renamed = await gql(publisher, `mutation($r: Int!, $n: String!) { updateCatalogInfo(slug: "beesender", revision: $r, info: { name: $n }) { revision } }`, { r: revision, n: name }, cookie);
      revision = renamed.body.data.updateCatalogInfo.revision;
      const published = await gql(publisher, `mutation($r: Int!) { publishCatalog(slug: "beesender", revision: $r) { publishedVersion revision } }`, { r: revision }, cookie);
      revision = published.body.data.publishCatalog.revision;
      const version = published.body.data.publishCatalog.publishedVersion;
      // Both show it on their very next request, the other process first: the mutation answered
      // only once every process following publishes had acknowledged a ping sent after the commit.
      const other = publisher === a ? b : a;
      const seen = (await gql(other, NAME, { slug: "beesender" })).body.data.catalog;
      // Pricing reads the published version from memory, kept current by the same notifications.
      expect((await gql(other, PRICE)).body.data.priceQuote.catalogVersion).toBe(version);
      expect((await gql(publisher, NAME, { slug: "beesender" })).body.data.catalog).toEqual({ version, name });
      expect(seen).toEqual({ version, name });
    }
  }, 90_000);
});
