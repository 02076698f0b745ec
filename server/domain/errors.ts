/**
 * An expected failure of a business rule. The API turns it into a GraphQL error with
 * `extensions.code`; anything else that is thrown is an internal error and is masked.
 */
export type DomainErrorCode = "BAD_USER_INPUT" | "NOT_FOUND" | "CONFLICT" | "FORBIDDEN" | "UNAUTHENTICATED" | "TOO_MANY_REQUESTS";

export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    message: string,
    /** The input field the message is about, when there is one ("licensePrice", "plans[2].key"). */
    readonly field?: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = "DomainError";
  }
}

export const badInput = (message: string, field?: string, details?: Record<string, unknown>) =>
  new DomainError("BAD_USER_INPUT", message, field, details);

export const notFound = (message: string, field?: string) => new DomainError("NOT_FOUND", message, field);
