import { describe, expect, it } from "vitest";
import { readConfig } from "../../server/config.js";
import { DomainError } from "../../server/domain/errors.js";
import { DEFAULT_REQUESTS_PER_HOUR as LIMIT } from "../../server/domain/quote-request.js";
import { createServices } from "../../server/services/services.js";
import { errorCode, startTestApp, type GraphQLAnswer } from "../support/app.js";

let now = new Date("2026-06-01T10:00:00Z");
const t = await startTestApp({ clock: () => now });

const REQUEST = `mutation($input: QuoteRequestInput!) { requestQuote(input: $input) { reference } }`;
const CONTACT = { company: "Acme Ltd", contactName: "Jane Doe", email: "Jane@Acme.example" };

let addresses = 0;
/** Each test asks from an address of its own unless told, so the per-address limit is tested alone. */
const nextAddress = () => `10.0.${Math.floor(++addresses / 250)}.${addresses % 250}`;

async function ask(input: Record<string, unknown>, remoteAddress = nextAddress()): Promise<GraphQLAnswer> {
  const res = await t.app.http.inject({
    method: "POST",
    url: "/graphql",
    remoteAddress,
    headers: { "content-type": "application/json" },
    payload: JSON.stringify({ query: REQUEST, variables: { input } }),
  });
  return { status: res.statusCode, headers: res.headers, ...res.json() };
}

const count = async () => Number((await t.dataSource.query(`SELECT count(*) AS n FROM quote_request`))[0].n);

describe("requestQuote", () => {
  it("keeps the request with its figures, price, contact and address, and answers with a reference", async () => {
    const answer = await ask(
      {
        catalogSlug: "beesender",
        planKey: "business",
        licensePrice: "50000",
        termYears: 2,
        goLiveDate: "2026-09-01",
        agents: 12,
        company: "  Acme Ltd ",
        contactName: "Jane Doe",
        email: " Jane@Acme.example ",
        message: "We would like P1 answered within an hour.",
      },
      "192.0.2.7",
    );
    expect(answer.errors).toBeUndefined();
    const { reference } = answer.data.requestQuote;
    expect(reference).toMatch(/^R-2026-\d{4}$/);
    const [row] = await t.dataSource.query(`SELECT * FROM quote_request WHERE reference = $1`, [reference]);
    expect(row).toMatchObject({
      status: "OPEN",
      plan_key: "business",
      add_on_keys: [],
      total: "10000.00",
      currency: "USD",
      company: "Acme Ltd",
      contact_name: "Jane Doe",
      email: "jane@acme.example",
      message: "We would like P1 answered within an hour.",
      client_ip: "192.0.2.7",
      owner_id: null,
      quote_id: null,
      close_reason: null,
    });
    expect(row.figures).toMatchObject({ licensePrice: "50000", termYears: 2, goLiveDate: "2026-09-01", agents: 12 });
    expect(new Date(row.created_at).toISOString()).toBe(now.toISOString());
  });

  it("numbers references consecutively within the year, and a refused request leaves no gap", async () => {
    const first = await ask({ catalogSlug: "pipe17", planKey: "standard", addOnKeys: ["premium"], ...CONTACT });
    const refused = await ask({ catalogSlug: "pipe17", planKey: "standard", addOnKeys: ["nope"], ...CONTACT });
    expect(errorCode(refused)).toBe("NOT_FOUND");
    const second = await ask({ catalogSlug: "pipe17", planKey: "enterprise", ...CONTACT });
    const n = (r: GraphQLAnswer) => Number(r.data.requestQuote.reference.split("-")[2]);
    expect(n(second)).toBe(n(first) + 1);
  });

  it("gives concurrent requests distinct, consecutive references", async () => {
    const answers = await Promise.all(
      Array.from({ length: 10 }, () => ask({ catalogSlug: "pipe17", planKey: "standard", ...CONTACT })),
    );
    expect(answers.map((a) => a.errors)).toEqual(Array(10).fill(undefined));
    const numbers = answers.map((a) => Number(a.data.requestQuote.reference.split("-")[2])).sort((a, b) => a - b);
    expect(numbers).toEqual(numbers.map((_, i) => numbers[0] + i));
  });

  it("takes the year in the organisation's zone", async () => {
    const saved = now;
    now = new Date("2026-12-31T23:30:00Z");
    await t.dataSource.query(`INSERT INTO setting (key, value) VALUES ('organization', '{"timeZone":"Europe/Berlin"}')
      ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value`);
    try {
      const answer = await ask({ catalogSlug: "pipe17", planKey: "standard", ...CONTACT });
      expect(answer.data.requestQuote.reference).toBe("R-2027-0001");
    } finally {
      await t.dataSource.query(`DELETE FROM setting WHERE key = 'organization'`);
      now = saved;
    }
  });

  const long = (n: number) => "x".repeat(n);
  it.each([
    [{ catalogSlug: "no-such-catalog" }, "NOT_FOUND", "catalogSlug"],
    [{ planKey: "platinum" }, "NOT_FOUND", "planKey"],
    [{ catalogSlug: "pipe17", planKey: "premium" }, "BAD_USER_INPUT", "planKey"],
    [{ catalogSlug: "pipe17", planKey: "configuration", addOnKeys: ["premium"] }, "BAD_USER_INPUT", "addOnKeys[0]"],
    [{ licensePrice: null }, "BAD_USER_INPUT", "licensePrice"],
    [{ licensePrice: "-1" }, "BAD_USER_INPUT", "licensePrice"],
    [{ termYears: 0 }, "BAD_USER_INPUT", "termYears"],
    [{ termYears: 11 }, "BAD_USER_INPUT", "termYears"],
    [{ agents: 100001 }, "BAD_USER_INPUT", "agents"],
    [{ bots: -1 }, "BAD_USER_INPUT", "bots"],
    [{ goLiveDate: "2026-02-30" }, "BAD_USER_INPUT", "goLiveDate"],
    [{ company: "" }, "BAD_USER_INPUT", "company"],
    [{ company: "   " }, "BAD_USER_INPUT", "company"],
    [{ company: long(201) }, "BAD_USER_INPUT", "company"],
    [{ contactName: "" }, "BAD_USER_INPUT", "contactName"],
    [{ contactName: long(201) }, "BAD_USER_INPUT", "contactName"],
    [{ email: "jane" }, "BAD_USER_INPUT", "email"],
    [{ email: "jane@acme" }, "BAD_USER_INPUT", "email"],
    [{ email: "" }, "BAD_USER_INPUT", "email"],
    [{ message: long(4001) }, "BAD_USER_INPUT", "message"],
    [{ idempotencyKey: long(201) }, "BAD_USER_INPUT", "idempotencyKey"],
    [{ idempotencyKey: "" }, "BAD_USER_INPUT", "idempotencyKey"],
  ])("refuses %o: %s naming %s, keeping nothing", async (change, code, field) => {
    const before = await count();
    const answer = await ask({ catalogSlug: "beesender", planKey: "business", licensePrice: "1000", ...CONTACT, ...change });
    expect(errorCode(answer)).toBe(code);
    expect(answer.errors![0].extensions!.field).toBe(field);
    expect(answer.errors![0].message).toMatch(/\w/);
    expect(await count()).toBe(before);
  });

  it("takes names and a message at their longest", async () => {
    const answer = await ask({
      catalogSlug: "pipe17",
      planKey: "standard",
      ...CONTACT,
      company: long(200),
      contactName: long(200),
      message: long(4000),
    });
    expect(answer.errors).toBeUndefined();
  });
});

describe("requestQuote idempotency", () => {
  it("gives the first receipt again for the same key, and keeps one request", async () => {
    const input = { catalogSlug: "pipe17", planKey: "standard", ...CONTACT, idempotencyKey: "retry-1" };
    const first = await ask(input);
    const again = await ask(input);
    expect(again.data.requestQuote.reference).toBe(first.data.requestQuote.reference);
    // Issue 10: the same key with another request is not answered with the first's receipt.
    const changed = await ask({ ...input, message: "sent twice" });
    expect(changed.errors?.[0].extensions).toMatchObject({ code: "CONFLICT", field: "idempotencyKey" });
    const rows = await t.dataSource.query(`SELECT reference FROM quote_request WHERE idempotency_key = 'retry-1'`);
    expect(rows).toHaveLength(1);
    const other = await ask({ ...input, idempotencyKey: "retry-2" });
    expect(other.data.requestQuote.reference).not.toBe(first.data.requestQuote.reference);
  });

  it("gives one receipt to concurrent retries with one key", async () => {
    const input = { catalogSlug: "beesender", planKey: "premium", licensePrice: "2000", ...CONTACT, idempotencyKey: "parallel-key" };
    const answers = await Promise.all(Array.from({ length: 8 }, () => ask(input, "198.51.100.9")));
    expect(answers.map((a) => a.errors)).toEqual(Array(8).fill(undefined));
    expect(new Set(answers.map((a) => a.data.requestQuote.reference)).size).toBe(1);
    expect(await t.dataSource.query(`SELECT id FROM quote_request WHERE idempotency_key = 'parallel-key'`)).toHaveLength(1);
  });
});

describe("requestQuote rate limit", () => {
  const input = { catalogSlug: "pipe17", planKey: "standard", ...CONTACT };

  it("lets the limit (at least 10) through in an hour from one address, then says when to retry; other addresses are not held up", async () => {
    expect(LIMIT).toBeGreaterThanOrEqual(10);
    const address = "203.0.113.5";
    const start = now;
    // One a minute, all within the first half hour.
    expect(LIMIT).toBeLessThanOrEqual(30);
    for (let i = 0; i < LIMIT; i++) {
      now = new Date(start.getTime() + i * 60_000);
      const answer = await ask(input, address);
      expect(answer.errors, `request ${i + 1}`).toBeUndefined();
    }
    now = new Date(start.getTime() + 30 * 60_000);
    const refused = await ask(input, address);
    expect(refused.errors![0].extensions).toEqual({ code: "TOO_MANY_REQUESTS", retryAfterSeconds: 30 * 60 });
    expect(refused.errors![0].message).toMatch(/try again/);
    expect((await ask(input, "203.0.113.6")).errors).toBeUndefined();

    // An hour after the first, one slot is free again; the next waits for the second's hour.
    now = new Date(start.getTime() + 60 * 60_000 + 1000);
    expect((await ask(input, address)).errors).toBeUndefined();
    const again = await ask(input, address);
    expect(again.errors![0].extensions).toEqual({ code: "TOO_MANY_REQUESTS", retryAfterSeconds: 59 });
    now = start;
  });

  it("still gives a retry its first receipt when the address is at its limit", async () => {
    const address = "203.0.113.77";
    const first = await ask({ ...input, idempotencyKey: "before-the-limit" }, address);
    for (let i = 0; i < LIMIT - 1; i++) await ask(input, address);
    expect(errorCode(await ask(input, address))).toBe("TOO_MANY_REQUESTS");
    const retry = await ask({ ...input, idempotencyKey: "before-the-limit" }, address);
    expect(retry.data.requestQuote.reference).toBe(first.data.requestQuote.reference);
  });

  it("does not let concurrent requests from one address slip past the limit", async () => {
    const address = "203.0.113.99";
    const answers = await Promise.all(Array.from({ length: LIMIT + 4 }, () => ask(input, address)));
    expect(answers.filter((a) => !a.errors)).toHaveLength(LIMIT);
    expect(answers.filter((a) => errorCode(a) === "TOO_MANY_REQUESTS")).toHaveLength(4);
  });
});

describe("QUOTE_REQUESTS_PER_HOUR", () => {
  it("is read from the environment, the services' default when unset, refusing what is not a count", () => {
    expect(readConfig({}).quoteRequestsPerHour).toBe(LIMIT);
    expect(readConfig({ QUOTE_REQUESTS_PER_HOUR: "50" }).quoteRequestsPerHour).toBe(50);
    expect(() => readConfig({ QUOTE_REQUESTS_PER_HOUR: "0" })).toThrow(/QUOTE_REQUESTS_PER_HOUR/);
    expect(() => readConfig({ QUOTE_REQUESTS_PER_HOUR: "many" })).toThrow(/QUOTE_REQUESTS_PER_HOUR/);
  });

  it("sets the services' limit", async () => {
    const services = createServices(t.dataSource, { clock: () => now, quoteRequestsPerHour: 2 });
    const input = { planKey: "standard", company: "A", contactName: "B", email: "b@a.example" };
    await services.quoteRequests.request("pipe17", input, "192.0.2.200");
    await services.quoteRequests.request("pipe17", input, "192.0.2.200");
    const refused = await services.quoteRequests.request("pipe17", input, "192.0.2.200").catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(DomainError);
    expect((refused as DomainError).code).toBe("TOO_MANY_REQUESTS");
  });
});
