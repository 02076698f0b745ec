import { QueryFailedError, QueryRunnerAlreadyReleasedError, QueryRunnerProviderAlreadyReleasedError } from "typeorm";

/** Whether a statement failed on a unique constraint (optionally a given one): a race another writer won. */
export function isUniqueViolation(err: unknown, constraint?: string): boolean {
  if (!(err instanceof QueryFailedError)) return false;
  const driverError = err.driverError as { code?: string; constraint?: string };
  return driverError.code === "23505" && (constraint === undefined || driverError.constraint === constraint);
}

/** Socket errors and SQLSTATEs that mean the server cannot be reached (or is shutting down, starting, full). */
const UNREACHABLE_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "EHOSTUNREACH", "ENETUNREACH", "ENOTFOUND", "EAI_AGAIN", "57P01", "57P02", "57P03", "53300"]);
const UNREACHABLE_MESSAGE = /Connection terminated|connection timeout|timeout exceeded when trying to connect|Client has encountered a connection error|Connection ended unexpectedly|Client was closed/i;

/** Whether an error (or one it wraps) says PostgreSQL is away, rather than that a statement was wrong. */
export function isDatabaseUnreachable(err: unknown): boolean {
  let e: unknown = err;
  for (let depth = 0; e && depth < 6; depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === "string" && (UNREACHABLE_CODES.has(code) || code.startsWith("08"))) return true;
    if (e instanceof Error && UNREACHABLE_MESSAGE.test(e.message)) return true;
    // TypeORM releases a transaction's connection when PostgreSQL drops it; the transaction's next statement says so.
    if (e instanceof QueryRunnerAlreadyReleasedError || e instanceof QueryRunnerProviderAlreadyReleasedError) return true;
    const inner = e as { driverError?: unknown; originalError?: unknown; cause?: unknown; errors?: unknown[] };
    e = inner.driverError ?? inner.originalError ?? inner.cause ?? inner.errors?.[0];
  }
  return false;
}
