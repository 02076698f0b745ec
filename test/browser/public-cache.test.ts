import { describe, expect, it } from "vitest";
import { startBrowserApp } from "../support/browser.js";

const b = await startBrowserApp();

describe("the comparison page's catalog read", () => {
  it("goes as a persisted query over GET, never with its text (the server knows the build's hashes), answered with an ETag", async () => {
    const page = await b.page();
    const reads: { method: string; url: URL; hasQuery: boolean; etag: string | null }[] = [];
    page.on("response", (r) => {
      const url = new URL(r.url());
      const body = r.request().postData() ?? "";
      const name = url.searchParams.get("operationName") ?? (body ? JSON.parse(body).operationName : null);
      if (url.pathname === "/graphql" && name === "CompareCatalog") {
        reads.push({ method: r.request().method(), url, hasQuery: url.searchParams.has("query") || body.includes('"query"'), etag: r.headers().etag ?? null });
      }
    });
    await page.goto(`${b.base}/compare/beesender`);
    await page.getByRole("heading", { name: "Beesender" }).waitFor();
    // The server was given the build's persisted queries when it started: even the first read is the hash alone.
    expect(reads.map((r) => [r.method, r.hasQuery])).toEqual([["GET", false]]);
    const extensions = JSON.parse(reads[0]!.url.searchParams.get("extensions")!);
    expect(extensions.persistedQuery.sha256Hash).toMatch(/^[0-9a-f]{64}$/);

    reads.length = 0;
    const second = await b.page();
    second.on("response", (r) => {
      const url = new URL(r.url());
      if (url.pathname === "/graphql" && url.searchParams.get("operationName") === "CompareCatalog") {
        reads.push({ method: r.request().method(), url, hasQuery: url.searchParams.has("query"), etag: r.headers().etag ?? null });
      }
    });
    await second.goto(`${b.base}/compare/beesender`);
    await second.getByRole("heading", { name: "Beesender" }).waitFor();
    expect(reads.map((r) => [r.method, r.hasQuery])).toEqual([["GET", false]]);
    expect(reads[0]!.etag).toMatch(/^"[\w-]+"$/);
  });
});
