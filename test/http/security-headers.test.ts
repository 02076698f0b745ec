import { describe, expect, it } from "vitest";
import { startTestApp } from "../support/app.js";

const t = await startTestApp();

describe("security headers, worked out once", () => {
  it("go out on GraphQL answers, which are not to be stored, and on every other route", async () => {
    const graphql = await t.app.http.inject({ method: "POST", url: "/graphql", headers: { "content-type": "application/json" }, payload: { query: "{ __typename }" } });
    const missing = await t.app.http.inject({ method: "GET", url: "/nowhere" });
    for (const res of [graphql, missing]) {
      expect(res.headers["content-security-policy"]).toContain("default-src 'self'");
      expect(res.headers["x-content-type-options"]).toBe("nosniff");
      expect(res.headers["x-frame-options"]).toBe("SAMEORIGIN");
      expect(res.headers["strict-transport-security"]).toBe("max-age=31536000; includeSubDomains");
    }
    expect(graphql.headers["cache-control"]).toBe("no-store");
  });
});
