import { QueryFailedError } from "typeorm";

/** Whether a statement failed on a unique constraint (optionally a given one): a race another writer won. */
export function isUniqueViolation(err: unknown, constraint?: string): boolean {
  if (!(err instanceof QueryFailedError)) return false;
  const driverError = err.driverError as { code?: string; constraint?: string };
  return driverError.code === "23505" && (constraint === undefined || driverError.constraint === constraint);
}
