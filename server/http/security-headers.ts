import type { IncomingMessage, ServerResponse } from "node:http";
import type { FastifyInstance } from "fastify";
import helmet, { type HelmetOptions } from "helmet";

/**
 * Helmet's headers for `options`, worked out once. They depend on the options only (no
 * nonces, no per-request directive functions), while @fastify/helmet rebuilt the whole
 * middleware, CSP parsing included, on every request.
 */
export function securityHeaders(options: HelmetOptions): [string, string][] {
  const headers = new Map<string, string>();
  const response = {
    setHeader: (name: string, value: string) => void headers.set(name, String(value)),
    removeHeader: (name: string) => void headers.delete(name),
  };
  let failure: unknown;
  helmet(options)({} as IncomingMessage, response as unknown as ServerResponse, (err?: unknown) => void (failure = err));
  if (failure) throw failure;
  return [...headers];
}

/** Sends `headers` (helmet's, from `securityHeaders`) on every answer, as @fastify/helmet's global mode did. */
export function registerSecurityHeaders(http: FastifyInstance, headers: readonly [string, string][]): void {
  http.addHook("onRequest", (_request, reply, done) => {
    for (const [name, value] of headers) reply.raw.setHeader(name, value);
    done();
  });
}
