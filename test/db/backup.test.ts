import "reflect-metadata";
import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { exportDatabase, importDatabase, type Backup } from "../../server/db/backup.js";
import { prepareDatabase } from "../../server/db/boot.js";
import { createDataSource } from "../../server/db/data-source.js";
import { startTestApp } from "../support/app.js";
import { emptyDatabase } from "../support/database.js";

const run = promisify(execFile);
const t = await startTestApp({ clock: () => new Date("2026-11-22T10:00:00Z") });
const CLI = path.resolve("dist/server/cli/backup.js");

/** A migrated database without demo catalogs, as `npm run import` prepares it. */
async function emptyMigrated() {
  const ds = createDataSource({ url: await emptyDatabase(), poolSize: 2 });
  await ds.initialize();
  await prepareDatabase(ds, { seedDemo: false });
  afterAll(() => ds.destroy());
  return ds;
}

const rows = (backup: Backup, table: string) => backup.tables.find((x) => x.name === table)?.rows ?? [];

let original: Backup;
beforeAll(async () => {
  // Something of everything: users, a draft beside published versions, quotes sent, accepted and declined, a request, mail.
  const admin = await t.signIn("ADMIN", "admin-backup@example.com");
  const sales = await t.signIn("SALES", "sales-backup@example.com");
  const ok = (a: { errors?: unknown }) => expect(a.errors).toBeUndefined();
  ok(await admin.gql(`mutation { cloneCatalog(slug: "beesender", newSlug: "draft-copy", newName: "Draft copy") { slug } }`));
  for (const decision of ["accept", "decline"]) {
    const created = await sales.gql(`mutation($input: QuoteInput!) { createQuote(input: $input) { id lockVersion } }`, {
      input: { catalogSlug: "beesender", licensePrice: "12345.67", customer: { company: "דנה בע״מ", name: "Zoë 東京", email: "z@example.com" }, options: [{ planKey: "business" }] },
    });
    ok(created);
    const sent = await sales.gql(`mutation($id: ID!, $v: Int!) { sendQuote(id: $id, lockVersion: $v) { link { token } } }`, { id: created.data.createQuote.id, v: created.data.createQuote.lockVersion });
    ok(sent);
    const token = sent.data.sendQuote.link.token;
    ok(
      decision === "accept"
        ? await t.gql(`mutation($t: String!) { acceptSharedQuote(token: $t, name: "Zoë", acknowledged: true) { status } }`, { t: token })
        : await t.gql(`mutation($t: String!) { declineSharedQuote(token: $t, name: "Zoë", reason: "Later") { status } }`, { t: token }),
    );
  }
  ok(
    await t.gql(`mutation($input: QuoteRequestInput!) { requestQuote(input: $input) { reference } }`, {
      input: { catalogSlug: "beesender", planKey: "business", licensePrice: "50000", company: "Acme", contactName: "Jane", email: "jane@acme.example" },
    }),
  );
  original = await exportDatabase(t.dataSource);
});

describe("backup", () => {
  it("holds catalogs with drafts and versions, quotes with acceptance and link digests, requests, users without hashes, settings, outbox", () => {
    for (const table of ["catalog", "catalog_version", "quote", "quote_acceptance", "share_link", "quote_request", "app_user", "setting", "outbox_message"]) {
      expect(rows(original, table).length, table).toBeGreaterThan(0);
    }
    expect(rows(original, "catalog").map((c) => c.slug)).toContain("draft-copy");
    expect(rows(original, "app_user").map((u) => u.email)).toContain("sales-backup@example.com");
    expect(JSON.stringify(original)).not.toContain("$argon2");
    expect(rows(original, "quote").map((q) => q.customer_company)).toContain("דנה בע״מ");
  });

  it("restores into an empty database exactly: exported again, it is the same", async () => {
    const target = await emptyMigrated();
    await importDatabase(target, original);
    expect(await exportDatabase(target)).toEqual(original);
  });

  it("refuses a database that holds data, in one sentence, and changes nothing", async () => {
    const before = await exportDatabase(t.dataSource);
    await expect(importDatabase(t.dataSource, original)).rejects.toThrow(/^The database already holds data \(in [a-z_, ]+\); import only into an empty database[^.]*\.$/);
    expect(await exportDatabase(t.dataSource)).toEqual(before);
  });

  it("runs as npm run export / import: hashes only when asked, the round trip exact, a second import refused", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "tierwise-backup-"));
    afterAll(() => rm(dir, { recursive: true, force: true }));
    const target = await emptyDatabase();
    const cli = (url: string, ...args: string[]) => run(process.execPath, [CLI, ...args], { env: { ...process.env, DATABASE_URL: url } });

    await cli(t.url, "export", "--out", path.join(dir, "a.json"), "--with-password-hashes");
    expect(await readFile(path.join(dir, "a.json"), "utf8")).toContain("$argon2");
    const imported = await cli(target, "import", path.join(dir, "a.json"));
    expect(imported.stdout).toMatch(/^imported \d+ rows from /);
    await cli(target, "export", "--out", path.join(dir, "b.json"), "--with-password-hashes");
    expect(await readFile(path.join(dir, "b.json"), "utf8")).toBe(await readFile(path.join(dir, "a.json"), "utf8"));

    const again = await cli(target, "import", path.join(dir, "a.json")).catch((err: { code: number; stderr: string }) => err);
    expect("code" in again && again.code).toBe(1);
    expect(again.stderr.trim()).toMatch(/^The database already holds data \(in .*\); import only into an empty database, created new and migrated without the demo catalogs\.$/);
  });
});
