import { readFileSync } from "node:fs";
import autocannon from "autocannon";
import {
  buildSchema,
  getNamedType,
  isNonNullType,
  isObjectType,
  type GraphQLObjectType,
} from "graphql";

export interface Load {
  url: string;
  method?: "GET" | "POST";
  body?: string;
  headers?: Record<string, string>;
  /** A new body for every request (nothing cacheable). */
  bodyFor?: (n: number) => string;
}

/** Requests per second at 10 connections over `seconds` (after a one-second warm-up); throws on any non-2xx answer. */
export async function requestsPerSecond(load: Load, seconds: number): Promise<number> {
  let n = 0;
  const options = {
    url: load.url,
    connections: 10,
    method: load.method ?? "POST",
    headers: { "content-type": "application/json", ...load.headers },
    body: load.body,
    requests: load.bodyFor
      ? [{ setupRequest: (req: Record<string, unknown>) => ({ ...req, body: load.bodyFor!(n++) }) }]
      : undefined,
  };
  await autocannon({ ...options, duration: 1 });
  const result = await autocannon({ ...options, duration: seconds });
  if (result.non2xx > 0 || result.errors > 0) {
    throw new Error(`${load.method ?? "POST"} ${load.url}: ${result.non2xx} non-2xx answers, ${result.errors} errors`);
  }
  return result.requests.average;
}

/** Median milliseconds of `fn` over `runs` sequential calls, after a few to warm up. */
export async function medianMs(fn: () => Promise<unknown>, runs: number): Promise<number> {
  for (let i = 0; i < Math.min(5, runs); i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    await fn();
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

/**
 * Every field of a type that takes no required argument, down to scalars: "the catalog with
 * every field", as the schema stands when the bench runs (new fields are included).
 */
export function everyField(typeName: string, schemaFile = "schema/schema.graphql", maxDepth = 6): string {
  const schema = buildSchema(readFileSync(schemaFile, "utf8"));
  const select = (type: GraphQLObjectType, depth: number): string =>
    Object.values(type.getFields())
      .filter((f) => !f.args.some((a) => isNonNullType(a.type) && a.defaultValue === undefined))
      .map((f) => {
        const named = getNamedType(f.type);
        if (!isObjectType(named)) return f.name;
        return depth < maxDepth ? `${f.name} { ${select(named, depth + 1)} }` : "";
      })
      .filter(Boolean)
      .join(" ");
  return select(schema.getType(typeName) as GraphQLObjectType, 1);
}
