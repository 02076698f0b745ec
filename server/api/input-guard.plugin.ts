import type { ApolloServerPlugin } from "@apollo/server";
import {
  getNamedType,
  getNullableType,
  GraphQLError,
  isInputObjectType,
  isListType,
  isScalarType,
  TypeInfo,
  valueFromASTUntyped,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type GraphQLInputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type ValueNode,
} from "graphql";
import { JSON_DEPTH, listBound, stringBound } from "./input-bounds.js";
import { countFields } from "./limits.js";

/** Refuses a value at the edge: BAD_USER_INPUT naming the field, answered with HTTP 400. */
function refuse(message: string, field: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: "BAD_USER_INPUT", field, http: { status: 400 } } });
}

const NUL = "\u0000";

interface Walk {
  /** List items seen so far in the operation's arguments. */
  items: number;
}

function checkString(value: string, name: string, scalar: string, field: string): void {
  if (value.includes(NUL)) throw refuse(`${field} must not contain a NUL character (\\u0000)`, field);
  const bound = stringBound(name, scalar);
  if (value.length > bound) throw refuse(`${field} is at most ${bound} characters (${value.length} given)`, field);
}

function checkList(value: unknown[], name: string, field: string, walk: Walk): void {
  const bound = listBound(name);
  if (value.length > bound) throw refuse(`${field} takes at most ${bound} items (${value.length} given)`, field);
  walk.items += value.length;
}

/** A JSON value: its keys name its strings and lists. */
function checkJson(value: unknown, name: string, field: string, depth: number, walk: Walk): void {
  if (depth > JSON_DEPTH) throw refuse(`${field} nests more than ${JSON_DEPTH} levels deep`, field);
  if (typeof value === "string") return checkString(value, name, "JSON", field);
  if (Array.isArray(value)) {
    checkList(value, name, field, walk);
    value.forEach((item, i) => checkJson(item, name, `${field}[${i}]`, depth + 1, walk));
  } else if (value !== null && typeof value === "object") {
    for (const [key, item] of Object.entries(value)) {
      if (key.includes(NUL)) throw refuse(`${field} must not contain a NUL character (\\u0000)`, field);
      checkJson(item, key, `${field}.${key}`, depth + 1, walk);
    }
  }
}

/**
 * Walks a value as sent (before coercion) against its input type. `name` is the argument or
 * input field it was given for, `field` its path as an error names it. Values of the wrong
 * type are left to graphql's own coercion, which refuses them with its own words.
 */
function checkValue(value: unknown, type: GraphQLInputType, name: string, field: string, walk: Walk): void {
  if (value === null || value === undefined) return;
  const nullable = getNullableType(type);
  if (isListType(nullable)) {
    if (!Array.isArray(value)) return checkValue(value, nullable.ofType, name, field, walk);
    checkList(value, name, field, walk);
    value.forEach((item, i) => checkValue(item, nullable.ofType, name, `${field}[${i}]`, walk));
    return;
  }
  const named = getNamedType(nullable);
  if (isInputObjectType(named)) {
    if (typeof value !== "object" || Array.isArray(value)) return;
    const fields = named.getFields();
    for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
      const inner = fields[key];
      if (inner) checkValue(item, inner.type, key, field ? `${field}.${key}` : key, walk);
    }
  } else if (isScalarType(named)) {
    if (named.name === "JSON") return checkJson(value, name, field || name, 1, walk);
    if (typeof value === "string") checkString(value, name, named.name, field || name);
  }
}

/** Where an operation takes arguments, found once per parsed operation: the walk with type information is most of the guard's cost. */
interface ArgumentSite {
  value: ValueNode;
  type: GraphQLInputType;
  name: string;
  field: string;
}

interface Plan {
  sites: ArgumentSite[];
  /** Fields the operation resolves (it does not depend on the variables), counted up to `maxCost`. */
  fields: number;
  maxCost: number;
}

/** Per schema, per operation node: Apollo keeps a parsed document (and so its nodes) for every request with the same text. */
const plans = new WeakMap<GraphQLSchema, WeakMap<OperationDefinitionNode, Plan>>();

function planOf(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode, maxCost: number): Plan {
  let bySchema = plans.get(schema);
  if (!bySchema) plans.set(schema, (bySchema = new WeakMap()));
  const known = bySchema.get(operation);
  if (known?.maxCost === maxCost) return known;
  const sites: ArgumentSite[] = [];
  const typeInfo = new TypeInfo(schema);
  // Every fragment is checked once, with the operation, as the variables it may use are the operation's.
  const definitions = document.definitions.filter((d) => d === operation || d.kind === "FragmentDefinition");
  visit(
    { ...document, definitions },
    visitWithTypeInfo(typeInfo, {
      Argument(node) {
        const arg = typeInfo.getArgument();
        if (!arg) return;
        // An input object's field is named from inside the argument ("customer.email"); a plain argument by its own name.
        sites.push({ value: node.value, type: arg.type, name: arg.name, field: isInputObjectType(getNullableType(arg.type)) ? "" : arg.name });
      },
    }),
  );
  const plan = { sites, fields: countFields(document, operation, maxCost), maxCost };
  bySchema.set(operation, plan);
  return plan;
}

/**
 * Checks every argument of an operation (literals and variables alike) against the bounds of
 * input-bounds.ts, and counts the list items sent in the query cost: fields resolved plus
 * items sent may not exceed maxCost.
 */
export function checkOperationInput(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
  maxCost: number,
): void {
  const walk: Walk = { items: 0 };
  const plan = planOf(schema, document, operation, maxCost);
  for (const site of plan.sites) checkValue(valueFromASTUntyped(site.value, variables), site.type, site.name, site.field, walk);
  const cost = plan.fields + walk.items;
  if (cost > maxCost) {
    throw new GraphQLError(`The operation asks for fields and sends list items beyond a cost of ${maxCost}; send less at a time`, {
      extensions: { code: "BAD_USER_INPUT", http: { status: 400 } },
    });
  }
}

export function inputGuardPlugin<T extends object>(maxCost: number): ApolloServerPlugin<T> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          if (operation) checkOperationInput(schema, document, operation, request.variables ?? {}, maxCost);
        },
      };
    },
  };
}
