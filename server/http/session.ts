import type { FastifyRequest } from "fastify";

/** The cookie that carries the session token (HTTP-only, SameSite=Lax, Secure in production). */
export const SESSION_COOKIE = "tw_session";

/** The session token from the cookie, or else from `Authorization: Bearer` (for API clients). */
export function sessionToken(request: FastifyRequest): string | undefined {
  const bearer = /^Bearer (\S+)$/.exec(request.headers.authorization ?? "")?.[1];
  return request.cookies[SESSION_COOKIE] ?? bearer;
}
