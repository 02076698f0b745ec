import "reflect-metadata";
import { randomBytes } from "node:crypto";
import { afterAll } from "vitest";
import { createDataSource } from "../../server/db/data-source.js";
import { createApp, type AppOptions } from "../../server/http/app.js";
import { createServices } from "../../server/services/services.js";
import { freshDatabase } from "./database.js";

export interface GraphQLAnswer<T = any> {
  status: number;
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string; field?: string; [k: string]: unknown } }[];
  headers: Record<string, unknown>;
}

/**
 * The whole server on a database of its own (copied from the seeded template), driven
 * through HTTP by Fastify's inject. Closed after the file's tests.
 */
export async function startTestApp(options: Partial<AppOptions> & { clock?: () => Date } = {}) {
  const url = await freshDatabase();
  let counting = false;
  const statements: string[] = [];
  const dataSource = createDataSource({ url, onQuery: (sql) => counting && statements.push(sql) });
  await dataSource.initialize();
  const services = createServices(dataSource, { clock: options.clock });
  const app = await createApp({ services, clientDir: null, ...options });
  await app.http.ready();

  async function post(body: unknown, headers: Record<string, string> = {}): Promise<GraphQLAnswer> {
    const res = await app.http.inject({
      method: "POST",
      url: "/graphql",
      headers: { "content-type": "application/json", ...headers },
      payload: typeof body === "string" ? body : JSON.stringify(body),
    });
    return { status: res.statusCode, headers: res.headers, ...res.json() };
  }

  const testApp = {
    url,
    dataSource,
    services,
    app,
    post,
    gql: <T = any>(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>) =>
      post({ query, variables }, headers) as Promise<GraphQLAnswer<T>>,
    /** Signs a new user of the role in over HTTP; returns the cookie header and a gql bound to it. */
    async signIn(role: "ADMIN" | "SALES", email = `${role.toLowerCase()}-${randomBytes(4).toString("hex")}@example.com`) {
      const password = "correct horse battery";
      const user = await services.auth.createUser({ email, name: `${role} user`, role, password }, null);
      const res = await app.http.inject({
        method: "POST",
        url: "/graphql",
        headers: { "content-type": "application/json" },
        payload: JSON.stringify({ query: `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { id } }`, variables: { e: email, p: password } }),
      });
      const cookie = String(res.headers["set-cookie"]).split(";")[0];
      const headers = { cookie };
      return {
        user,
        email,
        password,
        headers,
        gql: <T = any>(query: string, variables?: Record<string, unknown>) => post({ query, variables }, headers) as Promise<GraphQLAnswer<T>>,
      };
    },
    /** Runs fn and returns the SQL statements sent meanwhile. */
    async countStatements(fn: () => Promise<unknown>): Promise<string[]> {
      statements.length = 0;
      counting = true;
      try {
        await fn();
      } finally {
        counting = false;
      }
      return [...statements];
    },
    async close() {
      await app.http.close();
      await dataSource.destroy();
    },
  };
  afterAll(() => testApp.close());
  return testApp;
}

/** The error code of a GraphQL answer, failing clearly when there is none. */
export function errorCode(answer: GraphQLAnswer): string | undefined {
  return answer.errors?.[0]?.extensions?.code;
}
