import "reflect-metadata";
import { getNamedType, isObjectType, isInterfaceType, type GraphQLObjectType } from "graphql";
import { beforeAll, describe, expect, it } from "vitest";
import { createSchema } from "../../server/api/schema.js";
import { errorCode, startTestApp } from "../support/app.js";

/**
 * Issue 10, object-level authorization (the per-operation access table is test/api/access.test.ts):
 * a share token opens only its own quote and nothing once revoked; the prospect's view carries
 * no staff-only words; SALES cannot touch catalog drafts; guessed ids reveal nothing.
 */
const t = await startTestApp({ rateLimitPerMinute: 0 });
let rita: Awaited<ReturnType<typeof t.signIn>>;
let admin: Awaited<ReturnType<typeof t.signIn>>;
beforeAll(async () => {
  rita = await t.signIn("SALES");
  admin = await t.signIn("ADMIN");
});

const SECRET_REASON = "secret-discount-reason-7731";
const SECRET_NOTE = "secret-approval-note-4410";
const customer = (company: string) => ({ company, name: "Jane Buyer", email: "jane@buyer.example" });

/** A sent quote; with `discounted`, a discount that needed an admin's approval, with its reason and note. */
async function sentQuote(company: string, discounted = false): Promise<{ id: string; number: string; token: string; linkId: string }> {
  const discounts = discounted ? [{ kind: "PERCENT", value: "40", reason: SECRET_REASON }] : [];
  const input = { catalogSlug: "beesender", licensePrice: "50000", customer: customer(company), options: [{ planKey: "business", discounts }] };
  let q = (await rita.gql(`mutation($input: QuoteInput!) { createQuote(input: $input) { id number lockVersion approvalRequired } }`, { input })).data.createQuote;
  expect(q.approvalRequired).toBe(discounted);
  if (q.approvalRequired) {
    q = (await rita.gql(`mutation($id: ID!) { requestQuoteApproval(id: $id, note: "${SECRET_NOTE}") { id number lockVersion } }`, { id: q.id })).data.requestQuoteApproval;
    q = (await admin.gql(`mutation($id: ID!, $v: Int!) { approveQuote(id: $id, lockVersion: $v) { id number lockVersion } }`, { id: q.id, v: q.lockVersion })).data.approveQuote;
  }
  const sent = await rita.gql(`mutation($id: ID!, $v: Int!) { sendQuote(id: $id, lockVersion: $v) { link { id token } } }`, { id: q.id, v: q.lockVersion });
  expect(sent.errors).toBeUndefined();
  return { id: q.id, number: q.number, token: sent.data.sendQuote.link.token, linkId: sent.data.sendQuote.link.id };
}

/** Every field a prospect can ask for on SharedQuote, nested (fields without arguments). */
async function everyField(typeName: string): Promise<string> {
  const schema = await createSchema();
  const select = (type: GraphQLObjectType, depth: number): string =>
    Object.values(type.getFields())
      .filter((f) => f.args.length === 0)
      .map((f) => {
        const named = getNamedType(f.type);
        if (isObjectType(named)) return depth < 6 ? `${f.name} { ${select(named, depth + 1)} }` : "";
        if (isInterfaceType(named)) return "";
        return f.name;
      })
      .filter(Boolean)
      .join(" ");
  return select(schema.getType(typeName) as GraphQLObjectType, 0);
}

describe("a share token", () => {
  it("opens only its own quote; accepting through it changes no other", async () => {
    const a = await sentQuote("Alpha Corp");
    const b = await sentQuote("Beta Corp");
    const shared = (await t.gql(`query($t: String!) { sharedQuote(token: $t) { number customer { company } } }`, { t: a.token })).data.sharedQuote;
    expect(shared).toEqual({ number: a.number, customer: { company: "Alpha Corp" } });
    const accepted = await t.gql(`mutation($t: String!) { acceptSharedQuote(token: $t, name: "Jane", acknowledged: true) { number status } }`, { t: a.token });
    expect(accepted.data.acceptSharedQuote).toEqual({ number: a.number, status: "ACCEPTED" });
    expect((await t.gql(`query($t: String!) { sharedQuote(token: $t) { status } }`, { t: b.token })).data.sharedQuote.status).toBe("SENT");
  });

  it("after revocation opens nothing: no view, no acceptance, no decline, no PDF", async () => {
    const q = await sentQuote("Revoked Corp");
    const revoked = await rita.gql(`mutation($id: ID!, $l: ID!) { revokeShareLink(quoteId: $id, linkId: $l) { id } }`, { id: q.id, l: q.linkId });
    expect(revoked.errors).toBeUndefined();
    expect(errorCode(await t.gql(`query($t: String!) { sharedQuote(token: $t) { number } }`, { t: q.token }))).toBe("NOT_FOUND");
    expect(errorCode(await t.gql(`mutation($t: String!) { acceptSharedQuote(token: $t, name: "Jane", acknowledged: true) { number } }`, { t: q.token }))).toBe("NOT_FOUND");
    expect(errorCode(await t.gql(`mutation($t: String!) { declineSharedQuote(token: $t) { number } }`, { t: q.token }))).toBe("NOT_FOUND");
    const pdf = await t.app.http.inject({ method: "GET", url: `/q/${q.token}/pdf` });
    expect(pdf.statusCode).toBe(404);
    expect(pdf.body).not.toContain(q.number);
    const { data } = await rita.gql(`query($id: ID!) { quote(id: $id) { status } }`, { id: q.id });
    expect(data.quote.status).toBe("SENT");
  });
});

describe("the prospect's view", () => {
  it("shows no staff-only words: no discount reason, approval note, audit, owner or other quote, in any field", async () => {
    const other = await sentQuote("Other Customer Corp");
    const q = await sentQuote("Discounted Corp", true);
    // The staff see the reason and the note.
    const staff = await rita.gql(`query($id: ID!) { quote(id: $id) { options { discounts { reason } } approval { note } } }`, { id: q.id });
    expect(JSON.stringify(staff.data)).toContain(SECRET_REASON);
    const fields = await everyField("SharedQuote");
    expect(fields).toMatch(/options \{ .*lines \{/);
    const everything = await t.gql(`query($t: String!) { sharedQuote(token: $t) { ${fields} } }`, { t: q.token });
    expect(everything.errors).toBeUndefined();
    const seen = JSON.stringify(everything.data);
    expect(seen).toContain(q.number);
    for (const word of [SECRET_REASON, SECRET_NOTE, other.number, "Other Customer Corp", rita.email, admin.email, "approv", "audit"]) {
      expect(seen.toLowerCase()).not.toContain(word.toLowerCase());
    }
    expect(errorCode(await t.gql(`query($t: String!) { sharedQuote(token: $t) { approval { note } } }`, { t: q.token }))).toBe("GRAPHQL_VALIDATION_FAILED");
  });
});

describe("SALES and catalog drafts", () => {
  it("a rep cannot read, edit, publish or import a draft, even with its current revision; nothing changes", async () => {
    const { revision } = (await admin.gql(`{ catalogDraft(slug: "pipe17") { revision } }`)).data.catalogDraft;
    const attempts = [
      [`{ catalogDraft(slug: "pipe17") { revision } }`, {}],
      [`mutation($r: Int!) { updateCatalogInfo(slug: "pipe17", revision: $r, info: { name: "Hijacked" }) { revision } }`, { r: revision }],
      [`mutation($r: Int!) { removePlan(slug: "pipe17", revision: $r, key: "standard") { revision } }`, { r: revision }],
      [`mutation($r: Int!) { publishCatalog(slug: "pipe17", revision: $r) { publishedVersion } }`, { r: revision }],
      [`mutation { deleteCatalog(slug: "pipe17") }`, {}],
    ] as const;
    for (const [query, variables] of attempts) expect(errorCode(await rita.gql(query, variables))).toBe("FORBIDDEN");
    const after = (await admin.gql(`{ catalogDraft(slug: "pipe17") { revision publishedVersion document } }`)).data.catalogDraft;
    expect(after.revision).toBe(revision);
    expect(after.document.name).not.toContain("Hijacked");
    expect(after.document.plans.map((p: { key: string }) => p.key)).toContain("standard");
    expect((await t.gql(`{ catalog(slug: "pipe17") { name } }`)).data.catalog.name).not.toContain("Hijacked");
  });
});

describe("guessed ids", () => {
  it("a quote id, share token or request id one step from a real one answers exactly as a missing one", async () => {
    const q = await sentQuote("Guess Corp");
    const missing = await rita.gql(`query($id: ID!) { quote(id: $id) { number } }`, { id: "00000000-0000-4000-8000-000000000000" });
    const last = q.id.slice(-1);
    const near = `${q.id.slice(0, -1)}${last === "0" ? "1" : "0"}`;
    const guessed = await rita.gql(`query($id: ID!) { quote(id: $id) { number } }`, { id: near });
    expect(guessed.errors).toEqual(missing.errors);
    expect(errorCode(guessed)).toBe("NOT_FOUND");

    const token = (tok: string) => t.gql(`query($t: String!) { sharedQuote(token: $t) { number } }`, { t: tok });
    const nearToken = `${q.token.slice(0, -1)}${q.token.endsWith("A") ? "B" : "A"}`;
    expect((await token(nearToken)).errors).toEqual((await token("no-such-token")).errors);
    expect(JSON.stringify(await token(nearToken))).not.toContain(q.number);

    const requests = await rita.gql(`query($id: ID!) { quoteRequest(id: $id) { reference } }`, { id: near });
    expect(errorCode(requests)).toBe("NOT_FOUND");
  });
});
