import {
  buildSchema,
  getNamedType,
  isInterfaceType,
  isNonNullType,
  isObjectType,
  type GraphQLInterfaceType,
  type GraphQLObjectType,
} from "graphql";
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../server/http/app.js";
import { startTestApp } from "../support/app.js";

/**
 * Hot query texts run compiled by graphql-jit (server/api/compiled-executor.ts), the rest on
 * graphql-js. A prospect or a rep must not be able to tell which ran: every operation below
 * gets the same status and the same body, byte for byte, from a server that never compiles
 * and from one that compiles every query at once (run twice, so the compiled function is
 * also reused).
 */
const t = await startTestApp({ rateLimitPerMinute: 0, publicCache: false, compileAfter: Infinity });
const compiled = await createApp({ services: t.services, clientDir: null, rateLimitPerMinute: 0, publicCache: false, compileAfter: 0 });
await compiled.http.ready();
afterAll(() => compiled.http.close());

const schema = buildSchema(readFileSync("schema/schema.graphql", "utf8"));

/** Every field of a type that needs no argument, down to scalars (interfaces by their own fields). */
function every(typeName: string, depth = 1, maxDepth = 6): string {
  const type = schema.getType(typeName) as GraphQLObjectType | GraphQLInterfaceType;
  return Object.values(type.getFields())
    .filter((f) => !f.args.some((a) => isNonNullType(a.type) && a.defaultValue === undefined))
    .map((f) => {
      const named = getNamedType(f.type);
      if (!isObjectType(named) && !isInterfaceType(named)) return f.name;
      return depth < maxDepth ? `${f.name} { __typename ${every(named.name, depth + 1, maxDepth)} }` : "";
    })
    .filter(Boolean)
    .join(" ");
}

async function both(query: string, variables?: Record<string, unknown>, headers: Record<string, string> = {}) {
  const ask = (app: typeof compiled) =>
    app.http.inject({ method: "POST", url: "/graphql", headers: { "content-type": "application/json", ...headers }, payload: JSON.stringify({ query, variables }) });
  const plain = await ask(t.app);
  for (let run = 0; run < 2; run++) {
    const fast = await ask(compiled);
    expect({ status: fast.statusCode, body: fast.json() }).toEqual({ status: plain.statusCode, body: plain.json() });
  }
  return { status: plain.statusCode, ...plain.json() };
}

let staff: Record<string, string>;
let quoteId: string;
let token: string;
beforeAll(async () => {
  const sales = await t.signIn("SALES");
  staff = sales.headers;
  const created = await sales.gql(`mutation($input: QuoteInput!) { createQuote(input: $input) { id lockVersion } }`, {
    input: { catalogSlug: "beesender", customer: { company: "Acme", name: "Jane", email: "jane@acme.example" }, licensePrice: "50000", options: [{ planKey: "business", label: "Good" }, { planKey: "premium", label: "Better" }] },
  });
  expect(created.errors).toBeUndefined();
  quoteId = created.data.createQuote.id;
  const sent = await sales.gql(`mutation($id: ID!, $v: Int!) { sendQuote(id: $id, lockVersion: $v) { link { token } } }`, { id: quoteId, v: created.data.createQuote.lockVersion });
  token = sent.data.sendQuote.link.token;
});

describe("the same answers from compiled queries as from graphql-js", () => {
  it("every catalog with every field, and the list", async () => {
    const list = await both(`{ catalogs { slug name } }`);
    expect(list.data.catalogs.length).toBeGreaterThanOrEqual(5);
    for (const { slug } of list.data.catalogs as { slug: string }[]) {
      const answer = await both(`query($slug: String!) { catalog(slug: $slug) { ${every("Catalog")} } }`, { slug });
      expect(answer.data.catalog.slug).toBe(slug);
    }
    expect((await both(`{ catalog(slug: "no-such") { slug } }`)).data.catalog).toBeNull();
  });

  it("prices, plan fit, SLA due times and credit estimates, with their refusals", async () => {
    const price = `query($input: PriceQuoteInput!) { priceQuote(input: $input) { ${every("PricedQuote")} } }`;
    await both(price, { input: { catalogSlug: "aimaras", planKey: "business", projectBudget: "123456.78", goLiveDate: "2026-03-01" } });
    await both(price, { input: { catalogSlug: "beesender", planKey: "business", licensePrice: "50000", termYears: 3 } });
    for (const input of [
      { catalogSlug: "aimaras", planKey: "no-such" },
      { catalogSlug: "no-such", planKey: "business" },
      { catalogSlug: "aimaras", planKey: "business", projectBudget: "-5" },
      { catalogSlug: "aimaras", planKey: "business", termYears: 99 },
    ]) {
      expect((await both(price, { input })).errors?.length).toBeGreaterThan(0);
    }
    const fit = await both(`query($input: PlanFitInput!) { recommendPlans(input: $input) { ${every("PlanFit")} } }`, {
      input: { catalogSlug: "beesender", licensePrice: "20000", response: { priorityKey: "p1", within: "1", unit: "BUSINESS_HOURS" }, coverage: "EVERY_DAY" },
    });
    expect(fit.data.recommendPlans.length).toBeGreaterThan(0);
    const plans = `query($input: PlanPricesInput!) { planPrices(input: $input) { ${every("PricedPlan")} } }`;
    expect((await both(plans, { input: { catalogSlug: "beesender" } })).data.planPrices.length).toBeGreaterThan(0);
    await both(plans, { input: { catalogSlug: "aimaras", projectBudget: "80000", termYears: 2 } });
    expect((await both(plans, { input: { catalogSlug: "no-such" } })).errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    await both(`{ slaDueAt(input: { catalogSlug: "pipe17", planKey: "standard", priorityKey: "low", submittedAt: "2026-11-20T10:00:00Z" }) { ${every("SlaDue")} } }`);
    await both(`{ estimateCredits(input: { catalogSlug: "pro-support-credits", requests: [] }) { ${every("CreditEstimate")} } }`);
  });

  it("a shared quote (an interface), a rep's quote and list, and the refusals of access", async () => {
    const shared = await both(`query($t: String!) { sharedQuote(token: $t) { ${every("SharedQuote")} } }`, { t: token });
    expect(shared.data.sharedQuote.status).toBe("SENT");
    const quote = await both(`query($id: ID!) { quote(id: $id) { ${every("Quote", 1, 4)} } }`, { id: quoteId }, staff);
    expect(quote.data.quote.id).toBe(quoteId);
    await both(`{ quotes(first: 5) { quotes { id number status total customer { company } } nextCursor } }`, undefined, staff);
    expect((await both(`{ quotes(first: 5) { quotes { id } } }`)).errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    expect((await both(`query($id: ID!) { quote(id: $id) { id } }`, { id: "00000000-0000-0000-0000-000000000000" }, staff)).errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
  });

  it("variables refused in graphql-js's words, fragments, aliases and directives", async () => {
    const bad = await both(`query($s: String!) { catalog(slug: $s) { slug } }`, { s: 5 });
    expect(bad.status).toBe(400);
    expect(bad.errors[0].extensions.code).toBe("BAD_USER_INPUT");
    expect((await both(`query($s: String!) { catalog(slug: $s) { slug } }`, {})).status).toBe(400);
    // graphql-jit coerces variables itself; whatever it refuses, graphql-js refuses again in its own words.
    const fit = `query($input: PlanFitInput!) { recommendPlans(input: $input) { planKey total } }`;
    const good = { catalogSlug: "beesender", licensePrice: "20000", response: { priorityKey: "p1", within: "1", unit: "BUSINESS_HOURS" } };
    for (const input of [
      { ...good, unknownField: 1 },
      { ...good, agents: 2 ** 31 },
      { ...good, agents: "5" },
      { ...good, termYears: 1.5 },
      { ...good, response: { ...good.response, unit: "FORTNIGHTS" } },
      { ...good, response: { priorityKey: "p1", within: "1" } },
      { ...good, catalogSlug: null },
      { ...good, licensePrice: true },
      { ...good, coverage: ["EVERY_DAY"] },
      "not an object",
    ]) {
      const refused = await both(fit, { input });
      expect({ input, code: refused.errors?.[0]?.extensions?.code }).toEqual({ input, code: "BAD_USER_INPUT" });
    }
    expect((await both(fit, { input: { ...good, agents: 12, coverage: "EVERY_DAY" } })).data.recommendPlans.length).toBeGreaterThan(0);
    const shaped = await both(
      `query($withPlans: Boolean!, $skip: Boolean!) {
        a: catalog(slug: "pipe17") { ...Head plans @include(if: $withPlans) { key } }
        b: catalog(slug: "aimaras") { ...Head features @skip(if: $skip) { key } }
        __typename
      }
      fragment Head on Catalog { slug name version __typename }`,
      { withPlans: true, skip: true },
    );
    expect(shaped.data.a.plans.length).toBeGreaterThan(0);
    expect(shaped.data.b.features).toBeUndefined();
  });
});
