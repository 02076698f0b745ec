import type { FastifyInstance } from "fastify";

/** The content security policy the built client passes: its own scripts only, no inline script. */
export const CSP_DIRECTIVES = {
  defaultSrc: ["'self'"],
  imgSrc: ["'self'", "data:"],
  styleSrc: ["'self'", "'unsafe-inline'"],
  // Added per request below: sent over plain HTTP it makes the browser fetch the scripts
  // over HTTPS, and a page at http://tierwise.lan:4000 stays blank.
  upgradeInsecureRequests: null,
};

/**
 * Asks browsers to upgrade the page's requests only when the page itself came over HTTPS
 * (directly, or behind a TLS proxy that says so in X-Forwarded-Proto with TRUST_PROXY).
 */
export function upgradeInsecureRequestsOverHttps(http: FastifyInstance): void {
  http.addHook("onSend", async (request, reply) => {
    const csp = reply.getHeader("content-security-policy");
    if (request.protocol === "https" && typeof csp === "string") {
      reply.header("content-security-policy", `${csp};upgrade-insecure-requests`);
    }
  });
}
