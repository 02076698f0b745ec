import { GraphQLScalarType, Kind, type ValueNode } from "graphql";
import { isDate } from "../domain/dates.js";

/** Thrown by a scalar for unreadable input; reported as BAD_USER_INPUT (see errors.ts). */
export class ScalarInputError extends Error {}

const PLAIN_DECIMAL = /^-?\d+(\.\d+)?$/;

function readDecimal(value: unknown): string {
  if (typeof value === "string" && PLAIN_DECIMAL.test(value)) return value;
  // A JSON number up to 15 significant digits reads back as the literal that was written
  // (50000.5 -> "50000.5"); beyond that a binary double may already have changed it, and one
  // that only an exponent can write (1e21) is refused like the string "1e21".
  if (typeof value === "number" && Number.isFinite(value) && PLAIN_DECIMAL.test(String(value))) {
    if (String(value).replace(/^-/, "").replace(".", "").replace(/^0+/, "").length <= 15) return String(value);
    throw new ScalarInputError(`${JSON.stringify(value)} has more digits than a JSON number keeps exactly: send it as a string`);
  }
  throw new ScalarInputError(
    `A Decimal is written in plain notation as a string, such as "1234.56" (no exponent, NaN or Infinity); got ${JSON.stringify(value)}`,
  );
}

function literal(ast: ValueNode): unknown {
  if (ast.kind === Kind.STRING) return ast.value;
  // A number literal keeps its exact text (1234.56); exponent forms fail the plain-notation check.
  if (ast.kind === Kind.INT || ast.kind === Kind.FLOAT) return ast.value;
  return ast.kind;
}

export const DecimalScalar = new GraphQLScalarType({
  name: "Decimal",
  description:
    'Exact decimal number as a string in plain notation ("1234.56"). Money carries exactly the currency\'s minor-unit digits.',
  serialize: (value) => String(value),
  parseValue: readDecimal,
  parseLiteral: (ast) => readDecimal(literal(ast)),
});

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

function readInstant(value: unknown): Date {
  const year = typeof value === "string" ? Number(value.slice(0, 4)) : NaN;
  if (typeof value === "string" && ISO_INSTANT.test(value) && year >= 1900 && year <= 2999) {
    const date = new Date(value);
    if (!Number.isNaN(date.getTime()) && isDate(value.slice(0, 10))) return date;
  }
  throw new ScalarInputError(
    `A DateTime is an ISO-8601 instant with its offset, such as "2026-11-02T19:00:00Z", in the years 1900 to 2999; got ${JSON.stringify(value)}`,
  );
}

export const DateTimeScalar = new GraphQLScalarType({
  name: "DateTime",
  description: 'An instant, ISO-8601 with an offset on input; written in UTC ("2026-11-02T19:00:00.000Z").',
  serialize: (value) => (value instanceof Date ? value.toISOString() : new Date(String(value)).toISOString()),
  parseValue: readInstant,
  parseLiteral: (ast) => readInstant(ast.kind === Kind.STRING ? ast.value : ast.kind),
});

function readDate(value: unknown): string {
  if (typeof value === "string" && isDate(value)) return value;
  throw new ScalarInputError(`A Date is a calendar day that exists, written "2026-12-01"; got ${JSON.stringify(value)}`);
}

export const DateScalar = new GraphQLScalarType({
  name: "Date",
  description: 'A calendar date, "2026-12-01".',
  serialize: (value) => String(value),
  parseValue: readDate,
  parseLiteral: (ast) => readDate(ast.kind === Kind.STRING ? ast.value : ast.kind),
});
