import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { readConfig } from "../../server/config.js";
import { startTestApp } from "../support/app.js";

const t = await startTestApp();
const admin = await t.signIn("ADMIN");

const CATALOG = `query Compare($slug: String!) { catalog(slug: $slug) { slug version name plans { key name } } }`;
const RENAME = `mutation($s: String!, $r: Int!, $name: String!) { updateCatalogInfo(slug: $s, revision: $r, info: { name: $name }) { revision } }`;
const PUBLISH = `mutation($s: String!, $r: Int!) { publishCatalog(slug: $s, revision: $r) { publishedVersion } }`;

/** Renames the catalog in its draft and publishes it; returns the new version's number. */
async function renameAndPublish(slug: string, name: string): Promise<number> {
  const draft = await admin.gql(`query($s: String!) { catalogDraft(slug: $s) { revision } }`, { s: slug });
  const renamed = await admin.gql(RENAME, { s: slug, r: draft.data.catalogDraft.revision, name });
  expect(renamed.errors).toBeUndefined();
  const published = await admin.gql(PUBLISH, { s: slug, r: renamed.data.updateCatalogInfo.revision });
  expect(published.errors).toBeUndefined();
  return published.data.publishCatalog.publishedVersion;
}

function get(params: Record<string, unknown>, headers: Record<string, string> = {}) {
  const query = new URLSearchParams(
    Object.entries(params).map(([k, v]) => [k, typeof v === "string" ? v : JSON.stringify(v)]),
  ).toString();
  return t.app.http.inject({ method: "GET", url: `/graphql?${query}`, headers: { "content-type": "application/json", ...headers } });
}

describe("public answers computed once per published version", () => {
  it("answers a repeated public read without touching the database, and shows a publish on the next read", async () => {
    const first = await t.gql(CATALOG, { slug: "tiledesk" });
    expect(first.data.catalog).toMatchObject({ slug: "tiledesk", version: 1 });
    let again: any;
    expect(await t.countStatements(async () => (again = await t.gql(CATALOG, { slug: "tiledesk" })))).toEqual([]);
    expect(again.data).toEqual(first.data);

    const version = await renameAndPublish("tiledesk", "Tiledesk Support 2027");
    expect(version).toBe(2);
    const next = await t.gql(CATALOG, { slug: "tiledesk" });
    expect(next.data.catalog).toMatchObject({ version: 2, name: "Tiledesk Support 2027" });
    const list = await t.gql(`{ catalogs { slug name version } }`);
    expect(list.data.catalogs.find((c: any) => c.slug === "tiledesk")).toEqual({ slug: "tiledesk", name: "Tiledesk Support 2027", version: 2 });
  });

  it("prices from the published version kept in memory, and from a new one at the next request after a publish", async () => {
    const price = (budget: string) =>
      t.gql(`query($b: Decimal) { priceQuote(input: { catalogSlug: "aimaras", planKey: "business", projectBudget: $b }) { catalogVersion total } }`, { b: budget });
    expect((await price("10000")).data.priceQuote.catalogVersion).toBe(1);
    let again: any;
    expect(await t.countStatements(async () => (again = await price("10001")))).toEqual([]);
    expect(again.data.priceQuote.catalogVersion).toBe(1);

    expect(await renameAndPublish("aimaras", "Aimaras Support, renamed")).toBe(2);
    expect((await price("10002")).data.priceQuote.catalogVersion).toBe(2);
  });

  it("keeps answers apart by variables and operation, and never caches a signed-in or private read", async () => {
    const a = await t.gql(CATALOG, { slug: "beesender" });
    const b = await t.gql(CATALOG, { slug: "aimaras" });
    expect([a.data.catalog.slug, b.data.catalog.slug]).toEqual(["beesender", "aimaras"]);
    const missing = await t.gql(CATALOG, { slug: "no-such-catalog" });
    expect(missing.data).toEqual({ catalog: null });
    // A private field next to a public one: not cacheable, so each read checks the viewer.
    const mixed = `{ catalog(slug: "beesender") { slug } me { email } }`;
    expect((await admin.gql(mixed)).data.me.email).toBe(admin.email);
    expect((await t.gql(mixed)).data.me).toBeNull();
  });

  it("never shares a signed-in answer: staff see price guidance, prospects do not", async () => {
    const guidance = `{ catalog(slug: "pipe17") { plans { key pricing { guidance { floor } } } } }`;
    for (let i = 0; i < 2; i++) expect((await admin.gql(guidance)).errors).toBeUndefined();
    const prospect = await t.gql(guidance);
    expect(prospect.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    expect((await admin.gql(guidance)).errors).toBeUndefined();
  });

  it("does not cache an answer with errors", async () => {
    const bad = `query($slug: String!) { catalog(slug: $slug) { slug nope } }`;
    for (let i = 0; i < 2; i++) expect((await t.gql(bad, { slug: "beesender" })).errors?.[0]?.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
  });

  it("gives GET answers an ETag, answers 304 while the version is unchanged, and 200 after a publish", async () => {
    const params = { query: CATALOG, operationName: "Compare", variables: { slug: "pipe17" } };
    const first = await get(params);
    expect(first.statusCode).toBe(200);
    const etag = first.headers.etag as string;
    expect(etag).toMatch(/^"[\w-]+"$/);
    expect(first.headers["cache-control"]).toBe("public, no-cache");

    const cached = await get(params);
    expect([cached.statusCode, cached.headers.etag, cached.body]).toEqual([200, etag, first.body]);
    const unchanged = await get(params, { "if-none-match": etag });
    expect([unchanged.statusCode, unchanged.body]).toEqual([304, ""]);

    await renameAndPublish("pipe17", "Pipe17 Support, renamed");
    const changed = await get(params, { "if-none-match": etag });
    expect(changed.statusCode).toBe(200);
    expect(changed.headers.etag).not.toBe(etag);
    expect(changed.json().data.catalog).toMatchObject({ name: "Pipe17 Support, renamed", version: 2 });
  });

  it("refuses a GET that Apollo's CSRF prevention refuses, cached or not", async () => {
    const params = { query: CATALOG, variables: { slug: "beesender" } };
    expect((await get(params)).statusCode).toBe(200);
    expect((await get(params, { "content-type": "text/plain" })).statusCode).toBe(400);
  });

  it("answers automatic persisted queries over GET by hash, from the cache once known", async () => {
    const hash = createHash("sha256").update(CATALOG).digest("hex");
    const extensions = { persistedQuery: { version: 1, sha256Hash: hash } };
    const variables = { slug: "pingstreams" };
    const unknown = await get({ extensions, variables });
    expect(unknown.json().errors[0].extensions.code).toBe("PERSISTED_QUERY_NOT_FOUND");
    const registered = await get({ query: CATALOG, extensions, variables });
    expect(registered.json().data.catalog.slug).toBe("pingstreams");
    let byHash: any;
    expect(await t.countStatements(async () => (byHash = await get({ extensions, variables })))).toEqual([]);
    expect(byHash.json()).toEqual(registered.json());

    const wrongHash = { persistedQuery: { version: 1, sha256Hash: "0".repeat(64) } };
    const mismatch = await get({ query: CATALOG, extensions: wrongHash, variables });
    expect([mismatch.statusCode, mismatch.json().data]).toEqual([400, undefined]);
  });
});

describe("rate limits", () => {
  it("RATE_LIMIT_PER_MINUTE=0 serves 5,000 requests from one address without a 429", async () => {
    const unlimited = await startTestApp({ rateLimitPerMinute: readConfig({ RATE_LIMIT_PER_MINUTE: "0" }).rateLimitPerMinute });
    const statuses = new Map<number, number>();
    const body = JSON.stringify({ query: `{ __typename }` });
    for (let i = 0; i < 50; i++) {
      const batch = await Promise.all(
        Array.from({ length: 100 }, () =>
          unlimited.app.http.inject({ method: "POST", url: "/graphql", headers: { "content-type": "application/json" }, payload: body }),
        ),
      );
      for (const res of batch) statuses.set(res.statusCode, (statuses.get(res.statusCode) ?? 0) + 1);
    }
    expect(Object.fromEntries(statuses)).toEqual({ 200: 5000 });
  });

  it("limits by default", async () => {
    expect(() => readConfig({ RATE_LIMIT_PER_MINUTE: "lots" })).toThrow(/RATE_LIMIT_PER_MINUTE/);
    const limited = await startTestApp({ rateLimitPerMinute: readConfig({}).rateLimitPerMinute });
    const body = JSON.stringify({ query: `{ __typename }` });
    const send = () => limited.app.http.inject({ method: "POST", url: "/graphql", headers: { "content-type": "application/json" }, payload: body });
    for (let i = 0; i < 10; i++) {
      const batch = await Promise.all(Array.from({ length: 100 }, send));
      expect(batch.filter((res) => res.statusCode !== 200)).toEqual([]);
    }
    const beyond = await send();
    expect(beyond.statusCode).toBe(429);
    expect(beyond.json().errors[0].extensions.code).toBe("TOO_MANY_REQUESTS");
  });

  it("gives cached public reads a much higher limit of their own", async () => {
    const limited = await startTestApp({ rateLimitPerMinute: 3 });
    const statuses = [];
    for (let i = 0; i < 20; i++) statuses.push((await limited.gql(`query { catalogs { slug } }`)).status);
    expect(statuses.filter((s) => s !== 200)).toEqual([]);
    const uncached = [];
    for (let i = 0; i < 3; i++) uncached.push((await limited.gql(`{ __typename }`)).status);
    expect(uncached).toEqual([200, 200, 429]);
  });
});
