import { createHash } from "node:crypto";
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { PERSISTED_QUERIES_FILE } from "../../server/http/persisted-queries.js";
import { startTestApp } from "../support/app.js";

const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");
const CATALOGS = "query Catalogs {\n  catalogs {\n    slug\n  }\n}";
const PLAN_PRICES = "query PlanPrices($input: PlanPricesInput!) {\n  planPrices(input: $input) {\n    planKey\n    quote {\n      total\n    }\n  }\n}";
const TAMPERED = "query Tampered {\n  catalogs {\n    name\n  }\n}";

// A built client whose build hashed two reads, and one entry whose text is not its hash's.
const clientDir = await mkdtemp(path.join(tmpdir(), "tierwise-persisted-"));
await writeFile(
  path.join(clientDir, PERSISTED_QUERIES_FILE),
  JSON.stringify({ [sha256(CATALOGS)]: CATALOGS, [sha256(PLAN_PRICES)]: PLAN_PRICES, [sha256("query Other { catalogs { slug } }")]: TAMPERED }),
);
const t = await startTestApp({ clientDir });

/** A GET by hash alone, as the page sends it (src/app/public-get-link.ts). */
const byHash = (operationName: string, hash: string, variables: unknown = {}) =>
  t.app.http.inject({
    method: "GET",
    url: `/graphql?operationName=${operationName}&variables=${encodeURIComponent(JSON.stringify(variables))}&extensions=${encodeURIComponent(JSON.stringify({ persistedQuery: { version: 1, sha256Hash: hash } }))}`,
    headers: { "content-type": "application/json", accept: "application/graphql-response+json,application/json;q=0.9" },
  });

describe("the built client's persisted queries, known from the server's start", () => {
  it("answer the first GET by hash alone, without the text ever being sent", async () => {
    const res = await byHash("Catalogs", sha256(CATALOGS));
    expect(res.statusCode).toBe(200);
    expect(res.json().data.catalogs.map((c: { slug: string }) => c.slug)).toContain("beesender");
  });

  it("price a prospect's figures by hash alone too", async () => {
    const res = await byHash("PlanPrices", sha256(PLAN_PRICES), { input: { catalogSlug: "beesender", licensePrice: "50000" } });
    expect(res.statusCode).toBe(200);
    expect(res.json().data.planPrices.find((p: { planKey: string }) => p.planKey === "business").quote.total).toBe("5000.00");
  });

  it("leave out an entry whose text is not its hash's: that hash is unknown, as Apollo would have it", async () => {
    const res = await byHash("Other", sha256("query Other { catalogs { slug } }"));
    expect(res.json().errors[0].extensions.code).toBe("PERSISTED_QUERY_NOT_FOUND");
  });
});
