import { beforeAll, describe, expect, it } from "vitest";
import { errorCode, startTestApp } from "../support/app.js";

/** Issue 10: a request repeated is harmless. Retries with one key (also at once) make one thing and answer the first answer. */
const t = await startTestApp({ rateLimitPerMinute: 0 });
let rita: Awaited<ReturnType<typeof t.signIn>>;
let admin: Awaited<ReturnType<typeof t.signIn>>;
beforeAll(async () => {
  rita = await t.signIn("SALES");
  admin = await t.signIn("ADMIN");
});

const count = async (sql: string, params: unknown[] = []) => Number((await t.dataSource.query(sql, params))[0].n);
const CREATE = `mutation($input: QuoteInput!, $key: String) { createQuote(input: $input, idempotencyKey: $key) { id number } }`;
const SEND = `mutation($id: ID!, $v: Int!, $key: String) { sendQuote(id: $id, lockVersion: $v, idempotencyKey: $key) { quote { status lockVersion } link { id token url } } }`;
const ACCEPT = `mutation($token: String!, $name: String!, $key: String) {
  acceptSharedQuote(token: $token, name: $name, acknowledged: true, idempotencyKey: $key) { status acceptance { name } } }`;
const quoteInput = (company: string) => ({ catalogSlug: "pipe17", customer: { company, name: "Jane", email: "jane@acme.example" }, options: [{ planKey: "standard" }] });
const quotesOf = (company: string) => count(`SELECT count(*) AS n FROM quote WHERE customer_company = $1`, [company]);

describe("createQuote with an idempotency key", () => {
  it("ten concurrent retries make one quote, one number, and all answer it", async () => {
    const answers = await Promise.all(Array.from({ length: 10 }, () => rita.gql(CREATE, { input: quoteInput("Retry Corp"), key: "create-1" })));
    expect(answers.map((a) => a.errors)).toEqual(Array(10).fill(undefined));
    expect(new Set(answers.map((a) => a.data.createQuote.number)).size).toBe(1);
    expect(await quotesOf("Retry Corp")).toBe(1);
    const later = await rita.gql(CREATE, { input: quoteInput("Retry Corp"), key: "create-1" });
    expect(later.data.createQuote).toEqual(answers[0].data.createQuote);
    expect(await quotesOf("Retry Corp")).toBe(1);
  });

  it("the same key with another input is a CONFLICT in words; nothing is made", async () => {
    await rita.gql(CREATE, { input: quoteInput("Key Corp"), key: "create-2" });
    const other = await rita.gql(CREATE, { input: quoteInput("Other Corp"), key: "create-2" });
    expect(errorCode(other)).toBe("CONFLICT");
    expect(other.errors![0].extensions!.field).toBe("idempotencyKey");
    expect(other.errors![0].message).toMatch(/already used for a different request/);
    expect(await quotesOf("Other Corp")).toBe(0);
  });

  it("keys are per user, and without a key each call makes a quote (as API.md says)", async () => {
    const other = await t.signIn("SALES");
    await rita.gql(CREATE, { input: quoteInput("Per User Corp"), key: "shared-key" });
    expect((await other.gql(CREATE, { input: quoteInput("Per User Corp"), key: "shared-key" })).errors).toBeUndefined();
    await rita.gql(CREATE, { input: quoteInput("No Key Corp") });
    await rita.gql(CREATE, { input: quoteInput("No Key Corp") });
    expect(await quotesOf("Per User Corp")).toBe(2);
    expect(await quotesOf("No Key Corp")).toBe(2);
  });
});

async function draft(company: string) {
  const created = (await rita.gql(CREATE, { input: quoteInput(company) })).data.createQuote;
  return { id: created.id as string, v: 1 };
}

describe("sendQuote with an idempotency key", () => {
  it("concurrent retries send once: one link, one email, and every answer carries the same link", async () => {
    const { id, v } = await draft("Send Corp");
    const answers = await Promise.all(Array.from({ length: 6 }, () => rita.gql(SEND, { id, v, key: "send-1" })));
    expect(answers.map((a) => a.errors)).toEqual(Array(6).fill(undefined));
    expect(new Set(answers.map((a) => a.data.sendQuote.link.token)).size).toBe(1);
    expect(answers[0].data.sendQuote.quote.status).toBe("SENT");
    expect(await count(`SELECT count(*) AS n FROM share_link WHERE quote_id = $1`, [id])).toBe(1);
    expect(await count(`SELECT count(*) AS n FROM outbox_message WHERE text LIKE '%' || $1 || '%'`, [answers[0].data.sendQuote.link.token])).toBe(1);
    // The link answered again opens the quote.
    const shared = await t.gql(`query($t: String!) { sharedQuote(token: $t) { status } }`, { t: answers[0].data.sendQuote.link.token });
    expect(shared.data.sharedQuote.status).toBe("SENT");
  });

  it("a retry without the key is still refused as already sent; the key is never stored in clear", async () => {
    const { id, v } = await draft("Send Twice Corp");
    await rita.gql(SEND, { id, v, key: "send-secret-key" });
    expect(errorCode(await rita.gql(SEND, { id, v }))).toBe("CONFLICT");
    const rows = await t.dataSource.query(`SELECT * FROM idempotency_key`);
    expect(JSON.stringify(rows)).not.toContain("send-secret-key");
  });
});

describe("acceptSharedQuote with an idempotency key", () => {
  it("concurrent retries record one acceptance; another name under the same key is a CONFLICT", async () => {
    const { id, v } = await draft("Accept Corp");
    const token = (await rita.gql(SEND, { id, v })).data.sendQuote.link.token;
    const answers = await Promise.all(Array.from({ length: 6 }, () => t.gql(ACCEPT, { token, name: "Jane Buyer", key: "accept-1" })));
    expect(answers.map((a) => a.errors)).toEqual(Array(6).fill(undefined));
    expect(answers.map((a) => a.data.acceptSharedQuote.acceptance.name)).toEqual(Array(6).fill("Jane Buyer"));
    expect(await count(`SELECT count(*) AS n FROM quote_acceptance WHERE quote_id = $1`, [id])).toBe(1);
    const other = await t.gql(ACCEPT, { token, name: "Someone Else", key: "accept-1" });
    expect(errorCode(other)).toBe("CONFLICT");
  });
});

describe("requestQuote's idempotency key", () => {
  const REQUEST = `mutation($input: QuoteRequestInput!) { requestQuote(input: $input) { reference } }`;
  const request = { catalogSlug: "pipe17", planKey: "standard", company: "Req Ltd", contactName: "Jane", email: "jane@req.example", idempotencyKey: "req-1" };

  it("ten concurrent retries make one request; the same key for another request is a CONFLICT", async () => {
    const answers = await Promise.all(Array.from({ length: 10 }, () => t.gql(REQUEST, { input: request })));
    expect(new Set(answers.map((a) => a.data?.requestQuote.reference)).size).toBe(1);
    expect(await count(`SELECT count(*) AS n FROM quote_request WHERE company = 'Req Ltd'`)).toBe(1);
    const other = await t.gql(REQUEST, { input: { ...request, company: "Someone Else Ltd" } });
    expect(errorCode(other)).toBe("CONFLICT");
    expect(other.errors![0].extensions!.field).toBe("idempotencyKey");
  });
});

describe("publishing is idempotent per draft revision", () => {
  const PUBLISH = `mutation($r: Int!) { publishCatalog(slug: "beesender", revision: $r) { publishedVersion hasUnpublishedChanges } }`;
  const versions = () => count(`SELECT count(*) AS n FROM catalog_version v JOIN catalog c ON c.id = v.catalog_id WHERE c.slug = 'beesender'`);

  it("ten parallel publishes of one changed revision make one version, and a repeat answers it", async () => {
    const before = await versions();
    const draftRow = (await admin.gql(`{ catalogDraft(slug: "beesender") { revision } }`)).data.catalogDraft;
    const edited = await admin.gql(`mutation($r: Int!) { updateCatalogInfo(slug: "beesender", revision: $r, info: { description: "Edited once" }) { revision } }`, {
      r: draftRow.revision,
    });
    const r = edited.data.updateCatalogInfo.revision;
    const answers = await Promise.all(Array.from({ length: 10 }, () => admin.gql(PUBLISH, { r })));
    expect(answers.map((a) => a.errors)).toEqual(Array(10).fill(undefined));
    expect(new Set(answers.map((a) => a.data.publishCatalog.publishedVersion)).size).toBe(1);
    expect(await versions()).toBe(before + 1);
    const again = await admin.gql(PUBLISH, { r });
    expect(again.data.publishCatalog).toEqual({ publishedVersion: answers[0].data.publishCatalog.publishedVersion, hasUnpublishedChanges: false });
    expect(await versions()).toBe(before + 1);
  });
});
