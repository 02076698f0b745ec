import fc from "fast-check";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { startTestApp, type GraphQLAnswer } from "../support/app.js";

/**
 * Issue 10: thousands of generated bad inputs to the API (wrong types, huge numbers, odd
 * Unicode, NUL, deep nesting, long strings, long lists, broken documents) are answered with
 * coded errors: no 5xx, no INTERNAL_SERVER_ERROR, no stack trace, no error-level log line.
 * Fixed seed and bounded count; fast-check prints the seed and the failing request.
 */
const SEED = 10_2026;
const RUNS = 2000;
/** Every error carries a code; these two would mean the server failed, not the input. */
const FAULTS = new Set(["INTERNAL_SERVER_ERROR", "SERVICE_UNAVAILABLE"]);

const t = await startTestApp({ rateLimitPerMinute: 0 });
const errorLines = vi.spyOn(t.app.http.log, "error");
type Who = "anonymous" | "SALES" | "ADMIN";
const headers: Record<Who, Record<string, string>> = { anonymous: {}, SALES: {}, ADMIN: {} };
let token = "";
beforeAll(async () => {
  headers.SALES = (await t.signIn("SALES")).headers;
  headers.ADMIN = (await t.signIn("ADMIN")).headers;
  const customer = { company: "Fuzz Ltd", name: "F", email: "f@fuzz.example" };
  const created = await t.post({ query: `mutation($i: QuoteInput!) { createQuote(input: $i) { id } }`, variables: { i: { catalogSlug: "pipe17", customer, options: [{ planKey: "standard" }] } } }, headers.SALES);
  const sent = await t.post({ query: `mutation($id: ID!) { sendQuote(id: $id, lockVersion: 1) { link { token } } }`, variables: { id: created.data.createQuote.id } }, headers.SALES);
  token = sent.data.sendQuote.link.token;
});

interface Template {
  who: Who;
  query: string;
  variables: () => Record<string, unknown>;
}
const TEMPLATES: Template[] = [
  { who: "anonymous", query: `query($s: String!) { catalog(slug: $s) { slug plans { key } } }`, variables: () => ({ s: "pipe17" }) },
  {
    who: "anonymous",
    query: `query($i: PriceQuoteInput!) { priceQuote(input: $i) { total lines { amount } } }`,
    variables: () => ({ i: { catalogSlug: "beesender", planKey: "business", licensePrice: "50000", termYears: 1, addOnKeys: [], agents: 3, goLiveDate: "2026-12-01", creditPacks: [{ credits: 25, quantity: 1 }] } }),
  },
  {
    who: "anonymous",
    query: `query($i: SlaDueInput!) { slaDueAt(input: $i) { dueAt } }`,
    variables: () => ({ i: { catalogSlug: "pipe17", planKey: "standard", priorityKey: "low", submittedAt: "2026-11-20T10:00:00Z", timeZone: "UTC" } }),
  },
  {
    who: "anonymous",
    query: `query($i: CreditEstimateInput!) { estimateCredits(input: $i) { credits } }`,
    variables: () => ({ i: { catalogSlug: "pro-support-credits", requests: [{ categoryKey: "upgrade", count: 1, fromVersion: "4.3.1", toVersion: "4.3.9", steps: null }] } }),
  },
  { who: "anonymous", query: `query($i: PlanFitInput!) { recommendPlans(input: $i) { planKey } }`, variables: () => ({ i: { catalogSlug: "beesender", licensePrice: "1000", agents: 2 } }) },
  { who: "anonymous", query: `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { id } }`, variables: () => ({ e: "nobody@example.com", p: "not the password" }) },
  {
    who: "anonymous",
    query: `mutation($i: QuoteRequestInput!) { requestQuote(input: $i) { reference } }`,
    variables: () => ({ i: { catalogSlug: "pipe17", planKey: "standard", company: "A", contactName: "B", email: "b@a.example", message: "hi", idempotencyKey: "k" } }),
  },
  { who: "anonymous", query: `query($t: String!) { sharedQuote(token: $t) { number status } }`, variables: () => ({ t: token }) },
  {
    who: "anonymous",
    query: `mutation($t: String!, $n: String!, $o: Int, $c: [AuthorizedContactInput!], $k: String) { acceptSharedQuote(token: $t, name: $n, option: $o, contacts: $c, idempotencyKey: $k) { status } }`,
    variables: () => ({ t: "no-such-token", n: "Jane", o: 0, c: [{ name: "C", email: "c@x.example" }], k: "k" }),
  },
  { who: "anonymous", query: `mutation($t: String!, $n: String, $r: String) { declineSharedQuote(token: $t, name: $n, reason: $r) { status } }`, variables: () => ({ t: "no-such-token", n: "Jane", r: "Too dear" }) },
  {
    who: "SALES",
    query: `mutation($i: QuoteInput!, $k: String) { createQuote(input: $i, idempotencyKey: $k) { number } }`,
    variables: () => ({ i: { catalogSlug: "pipe17", customer: { company: "A", name: "B", email: "b@a.example" }, options: [{ planKey: "standard", discounts: [{ kind: "PERCENT", value: "5", reason: "r" }] }] }, k: null }),
  },
  { who: "SALES", query: `query($s: String, $a: String, $f: Int!) { quotes(search: $s, after: $a, first: $f) { quotes { number } } }`, variables: () => ({ s: "Acme", a: null, f: 5 }) },
  { who: "SALES", query: `query($id: ID!) { quote(id: $id) { number } }`, variables: () => ({ id: "00000000-0000-4000-8000-000000000000" }) },
  { who: "ADMIN", query: `mutation($s: String!, $r: Int!, $i: CatalogInfoInput!) { updateCatalogInfo(slug: $s, revision: $r, info: $i) { revision } }`, variables: () => ({ s: "no-such", r: 1, i: { name: "X", notes: ["n"] } }) },
  { who: "ADMIN", query: `mutation($d: JSON!) { importCatalog(document: $d) { slug } }`, variables: () => ({ d: { slug: "fuzz", name: "F", currency: "USD", plans: [{ key: "a", name: "A", pricing: { kind: "INCLUDED" } }] } }) },
];

/** Every place a value sits in a template's variables: the variables themselves and each nested field or item. */
function paths(value: unknown, at: (string | number)[] = []): (string | number)[][] {
  const here = at.length > 0 ? [at] : [];
  if (Array.isArray(value)) return [...here, ...value.flatMap((v, i) => paths(v, [...at, i]))];
  if (value !== null && typeof value === "object") return [...here, ...Object.entries(value).flatMap(([k, v]) => paths(v, [...at, k]))];
  return here;
}

function setAt(target: Record<string, unknown>, path: (string | number)[], value: unknown): void {
  let node: any = target;
  for (const step of path.slice(0, -1)) {
    node = node[step];
    // An earlier swap replaced a parent with a value that has no fields: this swap has no place left.
    if (node === null || typeof node !== "object") return;
  }
  node[path[path.length - 1]] = value;
}

const nested = (depth: number): unknown => (depth === 0 ? "deep" : depth % 2 ? [nested(depth - 1)] : { a: nested(depth - 1) });

const oddString = fc.oneof(
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.string({ unit: "grapheme", maxLength: 40 }),
  fc.constantFrom("\u0000", "a\u0000b", "\ud800", "\udfff", "\u202e\u202d", "💥".repeat(60), "\ufeff", "ǅ\u0301\u0301\u0301", "' OR 1=1 --", "<script>alert(1)</script>", "../../etc/passwd", "%00", "\r\n"),
  fc.integer({ min: 201, max: 6000 }).map((n) => "x".repeat(n)),
  fc.constantFrom("9".repeat(400), "-0", "1e309", "2026-02-30", "2026-11-20T25:00:00Z", "+99:00", "Mars/Olympus", "00000000-0000-0000-0000-00000000000g"),
);
const oddNumber = fc.oneof(
  fc.double(),
  fc.constantFrom(1e308, -1e308, 2 ** 31, -(2 ** 31) - 1, 2 ** 53 + 1, 0.5, -0, 100_001, Number.MAX_SAFE_INTEGER),
  fc.integer(),
);
const oddValue: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: oddString, weight: 4 },
  { arbitrary: oddNumber, weight: 2 },
  fc.boolean(),
  fc.constant(null),
  fc.array(oddString, { maxLength: 4 }),
  fc.integer({ min: 21, max: 3000 }).map((n) => Array.from({ length: n }, (_, i) => `k${i}`)),
  fc.integer({ min: 17, max: 400 }).map(nested),
  fc.dictionary(oddString, oddString, { maxKeys: 3 }),
  fc.object({ maxDepth: 3 }),
);

/** A request: a template with one to three of its values replaced by odd ones; or a broken or literal document. */
const request = fc.oneof(
  { weight: 8, arbitrary: fc.record({ template: fc.nat(TEMPLATES.length - 1), swaps: fc.array(fc.tuple(fc.nat(), oddValue), { minLength: 1, maxLength: 3 }) }).map(({ template, swaps }) => {
    const { who, query, variables } = TEMPLATES[template];
    const vars = variables();
    const places = paths(vars);
    for (const [i, value] of swaps) setAt(vars, places[i % places.length], value);
    return { who, body: { query, variables: vars } as unknown };
  }) },
  { weight: 1, arbitrary: oddString.map((s) => ({ who: "anonymous" as Who, body: { query: `{ catalog(slug: ${JSON.stringify(s)}) { slug } slaDueAt(input: { catalogSlug: "pipe17", planKey: ${JSON.stringify(s)}, priorityKey: "low", submittedAt: "2026-11-20T10:00:00Z" }) { dueAt } }` } as unknown })) },
  { weight: 1, arbitrary: fc.oneof(oddString, fc.integer({ min: 1, max: 5000 }).map((n) => "{ a".repeat(n)), fc.constant("[]"), oddValue).map((q) => ({ who: "anonymous" as Who, body: { query: q } as unknown })) },
);

function faults(answer: GraphQLAnswer, raw: string): string[] {
  const found: string[] = [];
  if (answer.status >= 500) found.push(`HTTP ${answer.status}`);
  for (const e of answer.errors ?? []) {
    const code = e.extensions?.code;
    if (typeof code !== "string" || !/^[A-Z_]+$/.test(code) || FAULTS.has(code)) found.push(`code ${String(code)}: ${e.message}`);
    if (!e.message || e.message.length > 2000) found.push("an error without a readable message");
  }
  if (/"stack"|\n\s+at [\w.<>]+ \(|node_modules|QueryFailedError/.test(raw)) found.push("a stack trace or internals in the answer");
  return found;
}

describe("the API on generated bad input", () => {
  it(`answers ${RUNS} generated requests with coded errors, no 5xx, no stack, no error-level log`, async () => {
    let refused = 0;
    await fc.assert(
      fc.asyncProperty(request, async ({ who, body }) => {
        errorLines.mockClear();
        const res = await t.app.http.inject({
          method: "POST",
          url: "/graphql",
          headers: { "content-type": "application/json", ...headers[who] },
          payload: JSON.stringify(body),
        });
        const raw = res.body;
        let answer: GraphQLAnswer;
        try {
          answer = { status: res.statusCode, headers: res.headers, ...JSON.parse(raw) };
        } catch {
          throw new Error(`HTTP ${res.statusCode}, not a JSON answer: ${raw.slice(0, 200)}`);
        }
        if (answer.errors?.length) refused++;
        expect(faults(answer, raw)).toEqual([]);
        expect(errorLines.mock.calls.map((c) => String(c[1] ?? c[0]))).toEqual([]);
      }),
      { seed: SEED, numRuns: RUNS, endOnFailure: true },
    );
    // Most of what was generated must have been refused: a generator that only made good requests would prove nothing.
    expect(refused).toBeGreaterThan(RUNS / 2);
  }, 240_000);
});
