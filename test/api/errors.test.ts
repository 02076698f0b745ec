import { describe, expect, it } from "vitest";
import { errorCode, startTestApp } from "../support/app.js";

const t = await startTestApp({ bodyLimit: 64 * 1024 });

const PRICE = `query($input: PriceQuoteInput!) { priceQuote(input: $input) { total lines { amount } } }`;

describe("errors have the GraphQL shape and a code, never a stack", () => {
  it("answers an unreadable body with BAD_REQUEST", async () => {
    const answer = await t.post("{not json");
    expect(answer.status).toBe(400);
    expect(answer.errors).toEqual([{ message: "The request body is not readable JSON", extensions: { code: "BAD_REQUEST" } }]);
  });

  it("answers an oversized body with PAYLOAD_TOO_LARGE", async () => {
    const answer = await t.post({ query: `{ catalogs { slug } }`, variables: { pad: "x".repeat(70 * 1024) } });
    expect(answer.status).toBe(413);
    expect(errorCode(answer)).toBe("PAYLOAD_TOO_LARGE");
  });

  it("answers a body without a query with BAD_REQUEST", async () => {
    const answer = await t.post({ variables: {} });
    expect(answer.status).toBe(400);
    expect(errorCode(answer)).toBe("BAD_REQUEST");
  });

  it("answers a syntax error with GRAPHQL_PARSE_FAILED", async () => {
    const answer = await t.gql(`{ catalogs { slug `);
    expect(errorCode(answer)).toBe("GRAPHQL_PARSE_FAILED");
    expect(JSON.stringify(answer)).not.toMatch(/stacktrace|at .*\.js/);
  });

  it.each([
    ["an exponent", { licensePrice: "1e5" }],
    ["a number only an exponent can write", { licensePrice: 1e21 }],
    ["a number with three decimals", { licensePrice: 1.005 }],
    ["NaN", { licensePrice: "NaN" }],
    ["a date that does not exist", { goLiveDate: "2026-02-30" }],
    ["a term of 11 years", { termYears: 11 }],
    ["a negative term", { termYears: -1 }],
    ["a negative price", { licensePrice: "-10" }],
    ["too many agents", { agents: 100001 }],
  ])("refuses %s with BAD_USER_INPUT", async (_name, extra) => {
    const answer = await t.gql(PRICE, { input: { catalogSlug: "beesender", planKey: "business", licensePrice: "1000", ...extra } });
    expect(errorCode(answer)).toBe("BAD_USER_INPUT");
    expect(answer.data ?? null).toBeNull();
  });

  it("takes money written as a JSON number in plain notation", async () => {
    const answer = await t.gql(PRICE, { input: { catalogSlug: "beesender", planKey: "business", licensePrice: 12345.65 } });
    expect(answer.data.priceQuote.total).toBe("1234.57");
  });

  it("names the field in a literal's scalar error", async () => {
    const answer = await t.gql(`{ priceQuote(input: { catalogSlug: "beesender", planKey: "business", licensePrice: "12,5" }) { total } }`);
    expect(errorCode(answer)).toBe("BAD_USER_INPUT");
    expect(answer.errors![0].message).toContain("Decimal");
  });

  it.each([
    ["a string for an Int", `termYears: "two"`],
    ["an Int beyond 32 bits", `agents: 99999999999`],
    ["an unknown input field", `colour: "red"`],
    ["a float for an Int", `bots: 1.5`],
  ])("refuses %s written in the document with BAD_USER_INPUT", async (_name, arg) => {
    const answer = await t.gql(`{ priceQuote(input: { catalogSlug: "beesender", planKey: "basic", ${arg} }) { total } }`);
    expect(errorCode(answer)).toBe("BAD_USER_INPUT");
  });

  it("still calls an unknown field a validation failure", async () => {
    expect(errorCode(await t.gql(`{ catalogs { nope } }`))).toBe("GRAPHQL_VALIDATION_FAILED");
  });

  it("refuses an unknown catalog with NOT_FOUND", async () => {
    const answer = await t.gql(PRICE, { input: { catalogSlug: "nope", planKey: "x" } });
    expect(errorCode(answer)).toBe("NOT_FOUND");
    expect(answer.errors![0].message).toBe('There is no published catalog "nope"');
  });

  it("refuses more than 50 aliases before running anything", async () => {
    const fields = Array.from({ length: 51 }, (_, i) => `a${i}: catalogs { slug }`).join(" ");
    const statements = await t.countStatements(async () => {
      const answer = await t.gql(`{ ${fields} }`);
      expect(errorCode(answer)).toBe("GRAPHQL_VALIDATION_FAILED");
      expect(answer.errors![0].message).toBe("The operation uses 51 aliases; at most 50 are allowed");
      expect(answer.data).toBeUndefined();
    });
    expect(statements).toEqual([]);
  });

  it("allows 50 aliases", async () => {
    const fields = Array.from({ length: 50 }, (_, i) => `a${i}: catalog(slug: "beesender") { slug }`).join(" ");
    const answer = await t.gql(`{ ${fields} }`);
    expect(answer.errors).toBeUndefined();
    expect(answer.data.a49.slug).toBe("beesender");
  });

  it("refuses an operation deeper than 12 levels", async () => {
    expect((await t.gql(`{ catalogs { plans { pricing { packs { credits } } } } }`)).errors).toBeUndefined();
    // Introspection types nest as deep as asked: __type / fields / type / ofType x 12 / name is 16 levels.
    let nested = "name";
    for (let i = 0; i < 12; i++) nested = `ofType { ${nested} }`;
    const answer = await t.gql(`{ __type(name: "Catalog") { fields { type { ${nested} } } } }`);
    expect(errorCode(answer)).toBe("GRAPHQL_VALIDATION_FAILED");
    expect(answer.errors![0].message).toBe("The operation nests 16 levels deep; at most 12 are allowed");
  });

  it("refuses a fragment bomb by its cost", async () => {
    // Each fragment spreads the one below twice: L7 stands for 4 x 2^7 = 512 fields; 20 of them exceed 5000.
    const levels = ["fragment L0 on Catalog { slug name currency version }"];
    for (let i = 1; i < 8; i++) levels.push(`fragment L${i} on Catalog { ...L${i - 1} ...L${i - 1} }`);
    const spreads = Array.from({ length: 20 }, () => "...L7").join(" ");
    const statements = await t.countStatements(async () => {
      const answer = await t.gql(`{ catalogs { ${spreads} } } ${levels.join(" ")}`);
      expect(errorCode(answer)).toBe("GRAPHQL_VALIDATION_FAILED");
      expect(answer.errors![0].message).toBe("The operation asks for more than 5000 fields; ask for less at a time");
    });
    expect(statements).toEqual([]);
  });
});

describe("rate limit", () => {
  it("answers beyond the per-minute limit with TOO_MANY_REQUESTS in the GraphQL shape", async () => {
    const limited = await startTestApp({ rateLimitPerMinute: 3 });
    for (let i = 0; i < 3; i++) expect((await limited.gql(`{ me { id } }`)).status).toBe(200);
    const answer = await limited.gql(`{ me { id } }`);
    expect(answer.status).toBe(429);
    expect(answer.errors).toEqual([{ message: "Too many requests; slow down and try again shortly", extensions: { code: "TOO_MANY_REQUESTS" } }]);
  });
});

describe("inputs found by review", () => {
  const quote = `query($id: ID!) { quote(id: $id) { number } }`;

  it.each(["------------------------------------", "0123456789abcdef0123456789abcdef0123", "x"])(
    "answers the malformed id %s with NOT_FOUND, not a 500",
    async (id) => {
      const admin = await t.signIn("ADMIN");
      expect(errorCode(await admin.gql(quote, { id }))).toBe("NOT_FOUND");
      expect(errorCode(await admin.gql(`mutation($id: ID!) { updateUser(id: $id, changes: { name: "y" }) { id } }`, { id }))).toBe("NOT_FOUND");
      const pdf = await t.app.http.inject({ method: "GET", url: `/quotes/${id}/pdf`, headers: admin.headers });
      expect(pdf.statusCode).toBe(404);
    },
  );

  it("names the field of a value the schema refuses, in variables and in the document", async () => {
    const inVariables = await t.gql(PRICE, { input: { catalogSlug: "beesender", planKey: "basic", agents: 3_000_000_000 } });
    expect(inVariables.errors![0].extensions).toEqual({ code: "BAD_USER_INPUT", field: "agents" });
    const inDocument = await t.gql(`{ priceQuote(input: { catalogSlug: "aimaras", planKey: "basic", goLiveDate: "2026-02-30" }) { total } }`);
    expect(inDocument.errors![0].extensions).toEqual({ code: "BAD_USER_INPUT", field: "goLiveDate" });
    expect(inDocument.errors![0].message).toMatch(/^goLiveDate: /);
    const packs = await t.gql(PRICE, { input: { catalogSlug: "pro-support-credits", planKey: "credits", creditPacks: [{ credits: 25, quantity: "two" }] } });
    expect(packs.errors![0].extensions).toEqual({ code: "BAD_USER_INPUT", field: "creditPacks[0].quantity" });
  });

  it("refuses a JSON number with more digits than a double keeps, instead of changing it", async () => {
    const answer = await t.gql(PRICE, { input: { catalogSlug: "beesender", planKey: "business", licensePrice: 100000000000000.01 } });
    expect(errorCode(answer)).toBe("BAD_USER_INPUT");
    expect(answer.errors![0].message).toContain("send it as a string");
  });

  it("refuses an instant outside the years 1900-2999", async () => {
    const answer = await t.gql(`query($s: DateTime!) { slaDueAt(input: { catalogSlug: "pipe17", planKey: "standard", priorityKey: "low", submittedAt: $s }) { dueAt } }`, {
      s: "9999-12-31T23:00:00Z",
    });
    expect(errorCode(answer)).toBe("BAD_USER_INPUT");
  });

  it("answers a document nested beyond reason in words", async () => {
    const nested = "[".repeat(6000) + "]".repeat(6000);
    const answer = await t.gql(`{ catalog(slug: ${nested}) { slug } }`);
    expect(errorCode(answer)).toBe("GRAPHQL_PARSE_FAILED");
    expect(answer.errors![0].message).not.toMatch(/call stack/i);
  });
});
