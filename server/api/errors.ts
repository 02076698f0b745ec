import { unwrapResolverError } from "@apollo/server/errors";
import { GraphQLError, parse, visit, type GraphQLFormattedError } from "graphql";
import { ArgumentValidationError } from "type-graphql";
import { QueryFailedError } from "typeorm";
import { DomainError } from "../domain/errors.js";
import { ScalarInputError } from "./scalars.js";

/** No "nothing was changed": a commit under way when the database went may have been kept. */
export const UNAVAILABLE_MESSAGE = "The service is briefly unavailable (its database cannot be reached). Please try again shortly.";

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

/**
 * The input field a value error is about, in the engine's spelling ("agents",
 * "creditPacks[0].quantity"): from Apollo's `at "input.agents"` for variables, from
 * graphql's `Field "X.y"` wording, or by finding the literal in the document.
 */
function valueField(message: string, error: unknown): string | undefined {
  const at = /at "[^".[]+[.[]?([^"]*)"/.exec(message);
  if (at) return at[1] || undefined;
  const named = /^Field "(?:[^".]+\.)?([^".]+)"/.exec(message);
  if (named) return named[1];
  const gqlError = error as GraphQLError;
  const node = gqlError.nodes?.[0];
  if (!node?.loc || !gqlError.source) return undefined;
  let found: string | undefined;
  try {
    visit(parse(gqlError.source), {
      ObjectField(field) {
        if (field.value.loc?.start === node.loc!.start) found = field.name.value;
      },
      Argument(arg) {
        if (arg.value.loc?.start === node.loc!.start) found = arg.name.value;
      },
    });
  } catch {
    return undefined;
  }
  return found;
}

function causes(error: unknown): unknown[] {
  const chain: unknown[] = [];
  for (let e: unknown = error; e && chain.length < 5; e = (e as { originalError?: unknown }).originalError) chain.push(e);
  return chain;
}

/**
 * Every error answer has a message a person understands and an `extensions.code`; never a
 * stack trace. Expected failures keep their words; unexpected ones are logged and masked.
 */
export function formatError(log: (error: unknown) => void, unavailable: (error: unknown) => boolean = () => false, options: { hideSuggestions?: boolean } = {}) {
  const format = formatAnswer(log, unavailable);
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const answer = format(formatted, error);
    const message = options.hideSuggestions ? answer.message.replace(/ ?Did you mean .+\?$/s, "") : answer.message;
    return { ...answer, message: shortened(message) };
  };
}

const LONGEST_MESSAGE = 1000;

/** graphql-js quotes a refused variable's whole value in its message: a 900 KB value is not echoed back. */
function shortened(message: string): string {
  if (message.length <= LONGEST_MESSAGE) return message;
  return `${message.slice(0, LONGEST_MESSAGE - 250)} [...] ${message.slice(-200)}`;
}

function formatAnswer(log: (error: unknown) => void, unavailable: (error: unknown) => boolean) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const base = { message: formatted.message, locations: formatted.locations, path: formatted.path };
    const original = unwrapResolverError(error);
    // The database away is not a fault of this request: one answer, and the outage is logged once, not per request.
    if (formatted.extensions?.code === "SERVICE_UNAVAILABLE" || unavailable(original)) {
      return { ...base, message: UNAVAILABLE_MESSAGE, extensions: { code: "SERVICE_UNAVAILABLE" } };
    }
    if (original instanceof DomainError) {
      const extensions: Record<string, unknown> = { code: original.code };
      if (original.field) extensions.field = original.field;
      if (original.details) Object.assign(extensions, original.details);
      return { ...base, message: original.message, extensions };
    }
    if (original instanceof ArgumentValidationError) {
      return { ...base, message: original.message, extensions: { code: "BAD_USER_INPUT" } };
    }
    // A value PostgreSQL could not take (a malformed id, a number beyond a column's range) is
    // the caller's input, however it slipped past the checks before it.
    if (original instanceof QueryFailedError) {
      const pg = (original.driverError as { code?: string }).code ?? "";
      if (pg === "22P02" || pg === "22003" || pg === "22001" || pg.startsWith("2200")) {
        log(original);
        const message = pg === "22003" ? "A number is too large to be stored" : "A value is not in the form this field takes";
        return { ...base, message, extensions: { code: "BAD_USER_INPUT" } };
      }
    }
    if (causes(error).some((e) => e instanceof ScalarInputError)) {
      const field = valueField(formatted.message, error);
      const message = field && !formatted.message.includes(field) ? `${field}: ${formatted.message}` : formatted.message;
      return { ...base, message, extensions: field ? { code: "BAD_USER_INPUT", field } : { code: "BAD_USER_INPUT" } };
    }
    const code = formatted.extensions?.code;
    if ((code === "GRAPHQL_VALIDATION_FAILED" && INPUT_VALUE_ERROR.test(formatted.message)) || (code === "BAD_USER_INPUT" && !(original instanceof DomainError))) {
      // The edge's input guard names its field itself.
      const named = typeof formatted.extensions?.field === "string" ? formatted.extensions.field : undefined;
      const field = named ?? valueField(formatted.message, error);
      const message = field && !formatted.message.includes(field) ? `${field}: ${formatted.message}` : formatted.message;
      return { ...base, message, extensions: field ? { code: "BAD_USER_INPUT", field } : { code: "BAD_USER_INPUT" } };
    }
    if (code === "GRAPHQL_PARSE_FAILED" && /call stack/i.test(formatted.message)) {
      return { ...base, message: "The document nests too deeply to be read", extensions: { code: "GRAPHQL_PARSE_FAILED" } };
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
