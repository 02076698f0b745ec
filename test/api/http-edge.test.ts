import { describe, expect, it } from "vitest";
import { startTestApp } from "../support/app.js";

const behindProxy = await startTestApp({ trustProxy: true });
const direct = await startTestApp();

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
