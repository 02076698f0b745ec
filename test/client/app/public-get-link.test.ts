import { createHash } from "node:crypto";
import { ApolloClient, ApolloLink } from "@apollo/client";
import { print } from "@apollo/client/utilities";
import { EMPTY } from "rxjs";
import { PERSISTED_QUERIES } from "virtual:persisted-queries";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createApolloClient } from "../../../client/src/app/apollo.js";
import { createCache } from "../../../client/src/app/cache.js";
import { CatalogsDocument } from "../../../client/src/modules/catalogs/graphql/catalogs.query.js";
import { CompareCatalogDocument } from "../../../client/src/modules/compare/graphql/compare-catalog.query.js";
import { CompareCatalogDetailsDocument } from "../../../client/src/modules/compare/graphql/lazy/compare-catalog-details.query.js";
import { RecommendPlansDocument } from "../../../client/src/modules/compare/graphql/lazy/recommend-plans.query.js";
import { PlanPricesDocument } from "../../../client/src/shared/graphql/plan-prices.query.js";

const PUBLIC = { Catalogs: CatalogsDocument, CompareCatalog: CompareCatalogDocument, CompareCatalogDetails: CompareCatalogDetailsDocument, PlanPrices: PlanPricesDocument };
const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

interface Sent {
  method: string;
  params: URLSearchParams;
  body: { query?: string; extensions?: { persistedQuery?: { sha256Hash: string } } } | null;
  accept: string | null;
}

/** A server on `fetch`: `answer` decides each request's status and body; every request is kept in `sent`. */
function serve(answer: (sent: Sent) => [number, unknown]) {
  const sent: Sent[] = [];
  vi.stubGlobal(
    "fetch",
    vi.fn(async (url: string, init: RequestInit) => {
      const request: Sent = {
        method: init.method ?? "GET",
        params: new URL(url, "http://localhost").searchParams,
        body: typeof init.body === "string" ? JSON.parse(init.body) : null,
        accept: new Headers(init.headers).get("accept"),
      };
      sent.push(request);
      const [status, body] = answer(request);
      return new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });
    }),
  );
  return sent;
}

const CATALOGS = { data: { catalogs: [] } };
const NOT_FOUND = { errors: [{ message: "PersistedQueryNotFound", extensions: { code: "PERSISTED_QUERY_NOT_FOUND" } }] };
const hashSent = (s: Sent) => (s.params.get("extensions") ? JSON.parse(s.params.get("extensions")!).persistedQuery.sha256Hash : s.body?.extensions?.persistedQuery?.sha256Hash);

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("the public reads' hashes, computed when the client is built", () => {
  it.each(Object.entries(PUBLIC))("%s: equal the SHA-256 of the text Apollo Client sends", async (name, query) => {
    let text = "";
    const listen = new ApolloLink((operation) => {
      text = print(operation.query);
      return EMPTY;
    });
    await new ApolloClient({ link: listen, cache: createCache() }).query({ query, fetchPolicy: "no-cache" }).catch(() => undefined);
    expect(text).toContain(`query ${name}`);
    expect(PERSISTED_QUERIES[name]).toBe(sha256(text));
  });

  it("cover the public reads and nothing else", () => {
    expect(Object.keys(PERSISTED_QUERIES).sort()).toEqual(Object.keys(PUBLIC).sort());
  });

  it("equal the hash the full link works out in the browser when the page falls back to it", async () => {
    const sent = serve((s) => (s.body?.query || s.params.get("query") ? [200, CATALOGS] : [200, NOT_FOUND]));
    await createApolloClient().query({ query: CatalogsDocument });
    // Ours by GET, unknown; the full link's by GET (its own hash, the same), then the text by POST.
    expect(sent.map((s) => s.method)).toEqual(["GET", "GET", "POST"]);
    expect(hashSent(sent[1]!)).toBe(PERSISTED_QUERIES.Catalogs);
    expect(hashSent(sent[2]!)).toBe(PERSISTED_QUERIES.Catalogs);
  });
});

describe("the page's GET link", () => {
  it("sends a public read as its hash alone, by GET, with HttpLink's Accept, and takes the answer", async () => {
    const sent = serve(() => [200, CATALOGS]);
    const result = await createApolloClient().query({ query: CatalogsDocument });
    expect(result.data).toEqual({ catalogs: [] });
    expect(sent).toHaveLength(1);
    expect(sent[0]!.method).toBe("GET");
    expect(sent[0]!.params.get("query")).toBeNull();
    expect(sent[0]!.params.get("operationName")).toBe("Catalogs");
    expect(hashSent(sent[0]!)).toBe(PERSISTED_QUERIES.Catalogs);
    expect(sent[0]!.accept).toBe("application/graphql-response+json,application/json;q=0.9");
  });

  it("falls back to the full link when the server answers other than 200", async () => {
    let calls = 0;
    const sent = serve(() => (calls++ === 0 ? [503, { errors: [{ message: "busy" }] }] : [200, CATALOGS]));
    const result = await createApolloClient().query({ query: CatalogsDocument });
    expect(result.data).toEqual({ catalogs: [] });
    expect(sent.map((s) => s.method)).toEqual(["GET", "GET"]);
  });

  it("sends any other operation through the full link, by POST with its text", async () => {
    const sent = serve(() => [200, { data: { recommendPlans: [] } }]);
    await createApolloClient().query({ query: RecommendPlansDocument, variables: { input: { catalogSlug: "beesender" } } });
    expect(sent).toHaveLength(1);
    expect(sent[0]!.method).toBe("POST");
    expect(sent[0]!.body?.query).toContain("query RecommendPlans");
  });
});
