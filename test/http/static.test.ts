import { existsSync, readFileSync, statSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { startTestApp } from "../support/app.js";

const t = await startTestApp({ clientDir: "dist/client" });
const get = (url: string, headers: Record<string, string> = {}) => t.app.http.inject({ method: "GET", url, headers });

describe("the built client", () => {
  const html = readFileSync("dist/client/index.html", "utf8");
  const script = /src="(\/assets\/[^"]+\.js)"/.exec(html)![1]!;

  it("is built with brotli and gzip copies of its scripts", () => {
    expect(existsSync(`dist/client${script}.br`) && existsSync(`dist/client${script}.gz`)).toBe(true);
  });

  it("sends a hashed script as brotli, gzip or plain by Accept-Encoding, cached for a year", async () => {
    const cases: [string, string | undefined, string][] = [
      ["gzip, deflate, br", "br", `dist/client${script}.br`],
      ["gzip", "gzip", `dist/client${script}.gz`],
      ["identity", undefined, `dist/client${script}`],
    ];
    for (const [accept, encoding, file] of cases) {
      const res = await get(script, { "accept-encoding": accept });
      expect(res.statusCode).toBe(200);
      expect(res.headers["content-encoding"]).toBe(encoding);
      expect(res.headers["content-type"]).toMatch(/javascript/);
      expect(res.rawPayload.length).toBe(statSync(file).size);
      expect(res.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
      expect(res.headers.vary).toMatch(/accept-encoding/i);
    }
  });

  it("revalidates index.html on every use", async () => {
    const res = await get("/", { "accept-encoding": "br" });
    expect(res.statusCode).toBe(200);
    expect(res.headers["cache-control"]).toBe("no-cache");
  });

  it("answers every client route with the page, whatever the request accepts", async () => {
    for (const url of ["/compare/beesender", "/q/some-token", "/quotes", "/admin/catalogs/beesender?tab=draft"]) {
      const res = await get(url, { accept: "*/*" });
      expect([url, res.statusCode, res.headers["content-type"]]).toEqual([url, 200, "text/html; charset=utf-8"]);
      expect(res.body).toContain('<div id="root"></div>');
      expect(res.headers["cache-control"]).toBe("no-cache");
    }
  });

  it("still answers a missing file with a 404, and a POST to a page route too", async () => {
    expect((await get("/assets/gone-123.js")).statusCode).toBe(404);
    expect((await t.app.http.inject({ method: "POST", url: "/compare/beesender" })).statusCode).toBe(404);
  });

  it("has a favicon, linked from the page", async () => {
    expect(html).toContain('<link rel="icon" type="image/svg+xml" href="/favicon.svg" />');
    const res = await get("/favicon.svg");
    expect([res.statusCode, res.headers["content-type"]]).toEqual([200, "image/svg+xml"]);
    expect(res.body).toContain("<svg");
  });
});
