import { afterAll, describe, expect, it } from "vitest";
import { startTestApp } from "../support/app.js";

/** Cached public reads answered ahead of Fastify, on a real socket (inject never reaches the server). */
const t = await startTestApp();
await t.app.http.listen({ port: 0, host: "127.0.0.1" });
afterAll(() => t.app.http.close());
const base = `http://127.0.0.1:${(t.app.http.server.address() as { port: number }).port}`;
const admin = await t.signIn("ADMIN");

const QUERY = `query Compare($slug: String!) { catalog(slug: $slug) { slug version name } }`;
const url = (slug: string) => `${base}/graphql?${new URLSearchParams({ query: QUERY, operationName: "Compare", variables: JSON.stringify({ slug }) })}`;

async function get(slug: string, headers: Record<string, string> = {}) {
  const before = t.app.fastPath.answered;
  const res = await fetch(url(slug), { headers: { "apollo-require-preflight": "true", ...headers } });
  const head = Object.fromEntries(res.headers);
  delete head.date;
  return { status: res.status, head, body: await res.text(), fast: t.app.fastPath.answered > before };
}

async function post(body: string, headers: Record<string, string> = {}) {
  const before = t.app.fastPath.answered;
  const res = await fetch(`${base}/graphql`, { method: "POST", headers: { "content-type": "application/json", ...headers }, body });
  const head = Object.fromEntries(res.headers);
  delete head.date;
  return { status: res.status, head, body: await res.text(), fast: t.app.fastPath.answered > before };
}

describe("a cached public GET answered ahead of Fastify", () => {
  it("gets the very answer Fastify gives a hit, headers included, and a 304 for its ETag", async () => {
    const miss = await get("beesender");
    expect([miss.status, miss.fast]).toEqual([200, false]);
    const fast = await get("beesender");
    // A header Fastify ignores (no TRUST_PROXY) but the fast path leaves to it: the same hit, the long way.
    const slow = await get("beesender", { forwarded: "for=192.0.2.1" });
    expect([fast.fast, slow.fast]).toEqual([true, false]);
    expect(fast).toEqual({ ...slow, fast: true });
    expect(JSON.parse(fast.body).data.catalog).toEqual({ slug: "beesender", version: 1, name: "Beesender" });

    const unchanged = await get("beesender", { "if-none-match": fast.head.etag! });
    const unchangedSlow = await get("beesender", { "if-none-match": fast.head.etag!, forwarded: "for=192.0.2.1" });
    expect([unchanged.status, unchanged.fast, unchanged.body]).toEqual([304, true, ""]);
    expect(unchanged).toEqual({ ...unchangedSlow, fast: true });
  });

  it("answers a cached POST the same way, and hands any other POST to Fastify with its body", async () => {
    const body = JSON.stringify({ query: QUERY, variables: { slug: "tiledesk" } });
    const miss = await post(body);
    expect([miss.status, miss.fast]).toEqual([200, false]);
    const fast = await post(body);
    const slow = await post(body, { forwarded: "for=192.0.2.1" });
    expect([fast.fast, slow.fast]).toEqual([true, false]);
    expect(fast).toEqual({ ...slow, fast: true });
    expect(JSON.parse(fast.body).data.catalog.slug).toBe("tiledesk");

    // Read here, not a hit: Fastify parses the same bytes.
    const priced = await post(JSON.stringify({ query: `{ priceQuote(input: { catalogSlug: "beesender", planKey: "business", licensePrice: "50000" }) { total } }` }));
    expect([priced.status, JSON.parse(priced.body).data.priceQuote.total]).toEqual([200, "5000.00"]);
    const broken = await post(`{"query": "{ catalogs { slug } }"`);
    expect([broken.status, broken.fast, JSON.parse(broken.body).errors[0].extensions.code]).toEqual([400, false, "BAD_REQUEST"]);
    const poisoned = await post(JSON.stringify({ query: QUERY, variables: { slug: "tiledesk" } }).replace("{", `{"__proto__": {"x": 1},`));
    expect([poisoned.status, poisoned.fast]).toEqual([400, false]);
  });

  it("leaves signed-in and cross-origin requests to Fastify", async () => {
    await get("aimaras");
    expect((await get("aimaras")).fast).toBe(true);
    expect((await get("aimaras", admin.headers)).fast).toBe(false);
    expect((await get("aimaras", { origin: "https://elsewhere.example" })).fast).toBe(false);
    const body = JSON.stringify({ query: QUERY, variables: { slug: "aimaras" } });
    await post(body);
    expect((await post(body)).fast).toBe(true);
    const signedIn = await post(body, admin.headers);
    expect([signedIn.fast, JSON.parse(signedIn.body).data.catalog.slug]).toEqual([false, "aimaras"]);
  });

  it("shows a publish at the next request", async () => {
    await get("pipe17");
    expect((await get("pipe17")).fast).toBe(true);
    const draft = await admin.gql(`{ catalogDraft(slug: "pipe17") { revision } }`);
    const renamed = await admin.gql(`mutation($r: Int!) { updateCatalogInfo(slug: "pipe17", revision: $r, info: { name: "Pipe17, renamed" }) { revision } }`, { r: draft.data.catalogDraft.revision });
    const published = await admin.gql(`mutation($r: Int!) { publishCatalog(slug: "pipe17", revision: $r) { publishedVersion } }`, { r: renamed.data.updateCatalogInfo.revision });
    expect(published.errors).toBeUndefined();
    const next = await get("pipe17");
    expect(JSON.parse(next.body).data.catalog).toEqual({ slug: "pipe17", version: 2, name: "Pipe17, renamed" });
  });
});
