import { unwrapResolverError } from "@apollo/server/errors";
import { GraphQLError, type GraphQLFormattedError } from "graphql";
import { ArgumentValidationError } from "type-graphql";
import { DomainError } from "../domain/errors.js";
import { ScalarInputError } from "./scalars.js";

/** Codes a client may see with the message as written; anything else is an internal error. */
const PASS_THROUGH = new Set([
  "BAD_USER_INPUT",
  "NOT_FOUND",
  "UNAUTHENTICATED",
  "FORBIDDEN",
  "CONFLICT",
  "BAD_REQUEST",
  "PAYLOAD_TOO_LARGE",
  "GRAPHQL_PARSE_FAILED",
  "GRAPHQL_VALIDATION_FAILED",
  "OPERATION_RESOLUTION_FAILURE",
  "PERSISTED_QUERY_NOT_FOUND",
  "PERSISTED_QUERY_NOT_SUPPORTED",
  "TOO_MANY_REQUESTS",
]);

/** graphql-js's words for a literal argument value of the wrong type or shape: bad input, not a bad document. */
const INPUT_VALUE_ERROR =
  /^(Expected value of type|(Int|Float|String|Boolean|ID) cannot represent|Enum "[^"]+" cannot represent|Value "[^"]*" does not exist in "[^"]+" enum|Field "[^"]+" of required type "[^"]+" was not provided|Field "[^"]+" is not defined by type)/;

function causes(error: unknown): unknown[] {
  const chain: unknown[] = [];
  for (let e: unknown = error; e && chain.length < 5; e = (e as { originalError?: unknown }).originalError) chain.push(e);
  return chain;
}

/**
 * Every error answer has a message a person understands and an `extensions.code`; never a
 * stack trace. Expected failures keep their words; unexpected ones are logged and masked.
 */
export function formatError(log: (error: unknown) => void) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const base = { message: formatted.message, locations: formatted.locations, path: formatted.path };
    const original = unwrapResolverError(error);
    if (original instanceof DomainError) {
      const extensions: Record<string, unknown> = { code: original.code };
      if (original.field) extensions.field = original.field;
      if (original.details) Object.assign(extensions, original.details);
      return { ...base, message: original.message, extensions };
    }
    if (original instanceof ArgumentValidationError) {
      return { ...base, message: original.message, extensions: { code: "BAD_USER_INPUT" } };
    }
    if (causes(error).some((e) => e instanceof ScalarInputError)) {
      return { ...base, extensions: { code: "BAD_USER_INPUT" } };
    }
    const code = formatted.extensions?.code;
    if (code === "GRAPHQL_VALIDATION_FAILED" && INPUT_VALUE_ERROR.test(formatted.message)) {
      return { ...base, extensions: { code: "BAD_USER_INPUT" } };
    }
    if (typeof code === "string" && PASS_THROUGH.has(code) && (original instanceof GraphQLError || original === error)) {
      const extensions: Record<string, unknown> = { code };
      if (formatted.extensions?.field) extensions.field = formatted.extensions.field;
      return { ...base, extensions };
    }
    log(original);
    return { ...base, message: "Something went wrong on our side; nothing was changed. Please try again.", extensions: { code: "INTERNAL_SERVER_ERROR" } };
  };
}
