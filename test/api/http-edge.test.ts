import { describe, expect, it } from "vitest";
import { startTestApp } from "../support/app.js";

const behindProxy = await startTestApp({ trustProxy: true, production: true });
const direct = await startTestApp();
const published = await startTestApp({ publicUrl: "https://quotes.example.com", corsOrigins: ["https://shop.example.com"] });
const small = await startTestApp({ bodyLimit: 10_000, discardLimit: 2_000_000 });

const csp = async (t: typeof direct, headers: Record<string, string> = {}) =>
  String((await t.app.http.inject({ method: "GET", url: "/healthz", headers })).headers["content-security-policy"]);

describe("the content security policy", () => {
  it("asks browsers to upgrade requests only when the page came over HTTPS", async () => {
    expect(await csp(direct)).not.toContain("upgrade-insecure-requests");
    expect(await csp(behindProxy)).not.toContain("upgrade-insecure-requests");
    expect(await csp(behindProxy, { "x-forwarded-proto": "https" })).toContain("upgrade-insecure-requests");
    // Without TRUST_PROXY anyone could send the header: it is not believed.
    expect(await csp(direct, { "x-forwarded-proto": "https" })).not.toContain("upgrade-insecure-requests");
  });

  it("keeps the rest of the policy the built client passes", async () => {
    expect(await csp(direct)).toContain("default-src 'self'");
    expect(await csp(direct)).toContain("script-src 'self'");
  });
});

describe("share links", () => {
  async function sendQuote(t: typeof direct, headers: Record<string, string>) {
    const sales = await t.signIn("SALES");
    const input = { catalogSlug: "beesender", customer: { company: "Acme Corp", name: "Jane Buyer", email: "jane@acme.example" }, licensePrice: "50000", options: [{ planKey: "business" }] };
    const created = await sales.gql(`mutation($input: QuoteInput!) { createQuote(input: $input) { id lockVersion } }`, { input });
    const { id, lockVersion } = created.data.createQuote;
    const sent = await t.post(
      { query: `mutation($id: ID!, $v: Int!) { sendQuote(id: $id, lockVersion: $v) { link { token url } } }`, variables: { id, v: lockVersion } },
      { ...sales.headers, ...headers },
    );
    return sent.data.sendQuote.link as { token: string; url: string };
  }

  it("are built from PUBLIC_URL, whatever Host the request names", async () => {
    const link = await sendQuote(published, { host: "evil.example" });
    expect(link.url).toBe(`https://quotes.example.com/q/${link.token}`);
  });

  it("default to the server's own address, never the Host header", async () => {
    await direct.app.http.listen({ port: 0, host: "127.0.0.1" });
    const port = (direct.app.http.server.address() as { port: number }).port;
    const link = await sendQuote(direct, { host: "evil.example", "x-forwarded-host": "evil.example" });
    expect(link.url).toBe(`http://127.0.0.1:${port}/q/${link.token}`);
  });
});

describe("PUBLIC_URL", () => {
  it("is read as an origin (with an optional path), and refused with a sentence when it is not one", async () => {
    const { readConfig } = await import("../../server/config.js");
    expect(readConfig({ PUBLIC_URL: "https://quotes.example.com/" }).publicUrl).toBe("https://quotes.example.com");
    expect(readConfig({ PUBLIC_URL: "https://example.com/tierwise/" }).publicUrl).toBe("https://example.com/tierwise");
    expect(readConfig({}).publicUrl).toBeNull();
    expect(() => readConfig({ PUBLIC_URL: "quotes.example.com" })).toThrow('PUBLIC_URL must be an address such as https://quotes.example.com, not "quotes.example.com"');
    expect(() => readConfig({ PUBLIC_URL: "ftp://example.com" })).toThrow("PUBLIC_URL must start with https:// or http://");
  });
});

describe("a body over the limit", () => {
  it("is read and answered 413 in the GraphQL shape, over Node's fetch, on a connection that stays open", async () => {
    await small.app.http.listen({ port: 0, host: "127.0.0.1" });
    const url = `http://127.0.0.1:${(small.app.http.server.address() as { port: number }).port}/graphql`;
    const body = JSON.stringify({ query: "{ catalogs { slug } }", variables: { pad: "x".repeat(1_000_000) } });
    const res = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body });
    expect(res.status).toBe(413);
    expect(res.headers.get("connection")).not.toBe("close");
    expect(await res.json()).toEqual({ errors: [{ message: "The request body is too large", extensions: { code: "PAYLOAD_TOO_LARGE" } }] });
    const next = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query: "{ catalogs { slug } }" }) });
    expect((await next.json()).data.catalogs).toHaveLength(6);
  });

  it("beyond what is worth reading is answered at once, and the connection closed", async () => {
    const res = await small.app.http.inject({ method: "POST", url: "/graphql", headers: { "content-type": "application/json", "content-length": "50000000" }, payload: "{}" });
    expect(res.statusCode).toBe(413);
    expect(res.headers.connection).toBe("close");
    expect(res.json().errors[0].extensions.code).toBe("PAYLOAD_TOO_LARGE");
  });
});

describe("in production", () => {
  it.each([
    ["an unknown field", "{ catalogz { slug } }"],
    ["an unknown argument", `{ catalog(slugg: "beesender") { slug } }`],
    ["an unknown type", "query($x: CatalogInputz) { catalogs { slug } }"],
  ])("%s is refused without suggesting what the schema holds", async (_what, query) => {
    const answer = await behindProxy.gql(query);
    expect(answer.errors![0].message).not.toContain("Did you mean");
    expect(answer.errors![0].extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
    // Outside production the suggestion helps the developer.
    expect((await direct.gql(query)).errors![0].message).toContain("Did you mean");
  });
});

describe("CORS", () => {
  const preflight = (t: typeof direct, origin: string) =>
    t.app.http.inject({
      method: "OPTIONS",
      url: "/graphql",
      headers: { origin, "access-control-request-method": "POST", "access-control-request-headers": "content-type" },
    });

  it("is closed by default: no page elsewhere may call the API with a visitor's cookies", async () => {
    const res = await preflight(direct, "https://shop.example.com");
    expect(res.headers["access-control-allow-origin"]).toBeUndefined();
    const post = await direct.post({ query: "{ catalogs { slug } }" }, { origin: "https://shop.example.com" });
    expect(post.headers["access-control-allow-origin"]).toBeUndefined();
  });

  it("opens to the origins CORS_ORIGINS names, and to no other", async () => {
    const allowed = await preflight(published, "https://shop.example.com");
    expect(allowed.statusCode).toBe(204);
    expect(allowed.headers["access-control-allow-origin"]).toBe("https://shop.example.com");
    expect(allowed.headers["access-control-allow-credentials"]).toBe("true");
    expect((await preflight(published, "https://evil.example")).headers["access-control-allow-origin"]).toBeUndefined();
  });

  it("reads CORS_ORIGINS as exact origins and refuses anything else in a sentence", async () => {
    const { readConfig } = await import("../../server/config.js");
    expect(readConfig({ CORS_ORIGINS: "https://a.example, https://b.example:8443/" }).corsOrigins).toEqual(["https://a.example", "https://b.example:8443"]);
    expect(readConfig({}).corsOrigins).toEqual([]);
    expect(() => readConfig({ CORS_ORIGINS: "*.example.com" })).toThrow('CORS_ORIGINS takes origins such as https://shop.example.com (no path), not "*.example.com"');
  });
});
