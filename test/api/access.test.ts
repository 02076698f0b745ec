import "reflect-metadata";
import { beforeAll, describe, expect, it } from "vitest";
import { createSchema } from "../../server/api/schema.js";
import { startTestApp, type GraphQLAnswer } from "../support/app.js";

/**
 * Who may call each operation of the schema, with a call to try. Every Query and Mutation
 * field must have an entry: a new operation without one fails this test, so its access
 * is decided, not forgotten.
 */
type Access = "PUBLIC" | "SIGNED_IN" | "ADMIN";
const NO_ID = "00000000-0000-4000-8000-000000000000";
const NO = `slug: "no-such-catalog", revision: 1`;
const PLAN = `{ key: "x", name: "X", pricing: { kind: INCLUDED } }`;

const ACCESS: Record<string, { access: Access; call: string; variables?: Record<string, unknown>; ownSession?: boolean }> = {
  // Public: prospects, no login.
  catalogs: { access: "PUBLIC", call: `{ catalogs { slug } }` },
  catalog: { access: "PUBLIC", call: `{ catalog(slug: "beesender") { slug } }` },
  priceQuote: { access: "PUBLIC", call: `{ priceQuote(input: { catalogSlug: "pipe17", planKey: "standard" }) { total } }` },
  slaDueAt: {
    access: "PUBLIC",
    call: `{ slaDueAt(input: { catalogSlug: "pipe17", planKey: "standard", priorityKey: "low", submittedAt: "2026-11-20T10:00:00Z" }) { dueAt } }`,
  },
  planPrices: { access: "PUBLIC", call: `{ planPrices(input: { catalogSlug: "beesender" }) { planKey } }` },
  recommendPlans: { access: "PUBLIC", call: `{ recommendPlans(input: { catalogSlug: "beesender" }) { planKey } }` },
  estimateCredits: { access: "PUBLIC", call: `{ estimateCredits(input: { catalogSlug: "pro-support-credits", requests: [] }) { credits } }` },
  me: { access: "PUBLIC", call: `{ me { email } }` },
  login: { access: "PUBLIC", call: `mutation { login(email: "nobody@example.com", password: "wrong password") { id } }` },
  logout: { access: "PUBLIC", call: `mutation { logout }`, ownSession: true },
  sharedQuote: { access: "PUBLIC", call: `{ sharedQuote(token: "no-such-token") { number } }` },
  acceptSharedQuote: { access: "PUBLIC", call: `mutation { acceptSharedQuote(token: "no-such-token", name: "Jane") { number } }` },
  requestQuote: {
    access: "PUBLIC",
    call: `mutation { requestQuote(input: { catalogSlug: "no-such-catalog", planKey: "x", company: "A", contactName: "B", email: "b@a.example" }) { reference } }`,
  },
  createInstantQuote: {
    access: "PUBLIC",
    call: `mutation { createInstantQuote(input: { catalogSlug: "no-such-catalog", planKey: "x", company: "A", contactName: "B", email: "b@a.example" }) { number } }`,
  },
  declineSharedQuote: { access: "PUBLIC", call: `mutation { declineSharedQuote(token: "no-such-token") { number } }` },

  // Any signed-in user (SALES or ADMIN).
  changePassword: { access: "SIGNED_IN", call: `mutation { changePassword(currentPassword: "not the password", newPassword: "whatever long") }` },
  settings: { access: "SIGNED_IN", call: `{ settings { timeZone } }` },
  quotes: { access: "SIGNED_IN", call: `{ quotes { quotes { number } } }` },
  quote: { access: "SIGNED_IN", call: `{ quote(id: "${NO_ID}") { number } }` },
  createQuote: {
    access: "SIGNED_IN",
    call: `mutation($input: QuoteInput!) { createQuote(input: $input) { number } }`,
    variables: { input: { catalogSlug: "nope", customer: { company: "A", name: "B", email: "b@a.example" }, options: [{ planKey: "x" }] } },
  },
  updateQuote: {
    access: "SIGNED_IN",
    call: `mutation($input: QuoteInput!) { updateQuote(id: "${NO_ID}", lockVersion: 1, input: $input) { number } }`,
    variables: { input: { catalogSlug: "nope", customer: { company: "A", name: "B", email: "b@a.example" }, options: [{ planKey: "x" }] } },
  },
  sendQuote: { access: "SIGNED_IN", call: `mutation { sendQuote(id: "${NO_ID}", lockVersion: 1) { quote { number } } }` },
  createShareLink: { access: "SIGNED_IN", call: `mutation { createShareLink(quoteId: "${NO_ID}") { id } }` },
  revokeShareLink: { access: "SIGNED_IN", call: `mutation { revokeShareLink(quoteId: "${NO_ID}", linkId: "abc") { id } }` },
  extendQuoteValidity: { access: "SIGNED_IN", call: `mutation { extendQuoteValidity(id: "${NO_ID}", validUntil: "2030-01-01") { id } }` },
  reviseQuote: { access: "SIGNED_IN", call: `mutation { reviseQuote(id: "${NO_ID}") { id } }` },
  previewQuote: {
    access: "SIGNED_IN",
    call: `query($input: QuoteInput!) { previewQuote(input: $input) { currency } }`,
    variables: { input: { catalogSlug: "nope", customer: { company: "A", name: "B", email: "b@a.example" }, options: [{ planKey: "x" }] } },
  },
  requestQuoteApproval: { access: "SIGNED_IN", call: `mutation { requestQuoteApproval(id: "${NO_ID}", note: "Please") { id } }` },
  quoteRequests: { access: "SIGNED_IN", call: `{ quoteRequests(status: OPEN) { requests { reference } } }` },
  quoteRequest: { access: "SIGNED_IN", call: `{ quoteRequest(id: "${NO_ID}") { reference } }` },
  takeQuoteRequest: { access: "SIGNED_IN", call: `mutation { takeQuoteRequest(id: "${NO_ID}") { reference } }` },
  closeQuoteRequest: { access: "SIGNED_IN", call: `mutation { closeQuoteRequest(id: "${NO_ID}", reason: "spam") { reference } }` },
  convertQuoteRequest: { access: "SIGNED_IN", call: `mutation { convertQuoteRequest(id: "${NO_ID}") { quote { number } } }` },

  // Admins only.
  users: { access: "ADMIN", call: `{ users { email } }` },
  createUser: { access: "ADMIN", call: `mutation { createUser(input: { email: "bad", name: "X", role: SALES, password: "x" }) { id } }` },
  updateUser: { access: "ADMIN", call: `mutation { updateUser(id: "${NO_ID}", changes: { name: "X" }) { id } }` },
  updateSettings: { access: "ADMIN", call: `mutation { updateSettings(input: {}) { timeZone } }` },
  outbox: { access: "ADMIN", call: `{ outbox(first: 1) { nextCursor } }` },
  auditLog: { access: "ADMIN", call: `{ auditLog(first: 1) { nextCursor } }` },
  approveQuoteDiscount: { access: "ADMIN", call: `mutation { approveQuoteDiscount(id: "${NO_ID}", lockVersion: 1) { id } }` },
  approveQuote: { access: "ADMIN", call: `mutation { approveQuote(id: "${NO_ID}", lockVersion: 1) { id } }` },
  rejectQuote: { access: "ADMIN", call: `mutation { rejectQuote(id: "${NO_ID}", lockVersion: 1, reason: "Too deep") { id } }` },
  assignQuote: { access: "ADMIN", call: `mutation { assignQuote(id: "${NO_ID}", ownerId: "${NO_ID}") { id } }` },
  // The catalog editor, on a catalog that does not exist: an admin gets NOT_FOUND or BAD_USER_INPUT and nothing changes.
  adminCatalogs: { access: "ADMIN", call: `{ adminCatalogs { slug } }` },
  catalogDraft: { access: "ADMIN", call: `{ catalogDraft(slug: "no-such-catalog") { revision } }` },
  catalogVersions: { access: "ADMIN", call: `{ catalogVersions(slug: "no-such-catalog") { number } }` },
  catalogVersion: { access: "ADMIN", call: `{ catalogVersion(slug: "no-such-catalog", number: 1) { number } }` },
  catalogDiff: { access: "ADMIN", call: `{ catalogDiff(slug: "no-such-catalog", from: 1) { to } }` },
  draftChangesSince: { access: "ADMIN", call: `{ draftChangesSince(slug: "no-such-catalog", since: 1) { revision } }` },
  checkGuaranteeBands: { access: "ADMIN", call: `{ checkGuaranteeBands(bands: []) { path } }` },
  previewCalendar: {
    access: "ADMIN",
    call: `{ previewCalendar(input: { calendar: { zones: ["UTC"], alwaysOpen: true }, amount: "1", unit: BUSINESS_HOURS, day: MON, time: "09:00" }) { summary } }`,
  },
  exportCatalog: { access: "ADMIN", call: `{ exportCatalog(slug: "no-such-catalog") }` },
  createCatalog: { access: "ADMIN", call: `mutation { createCatalog(slug: "Not A Slug", name: "X", currency: "USD") { slug } }` },
  updateCatalogInfo: { access: "ADMIN", call: `mutation { updateCatalogInfo(${NO}, info: { name: "X" }) { revision } }` },
  cloneCatalog: { access: "ADMIN", call: `mutation { cloneCatalog(slug: "no-such-catalog", newSlug: "no-such-copy", newName: "X") { slug } }` },
  deleteCatalog: { access: "ADMIN", call: `mutation { deleteCatalog(slug: "no-such-catalog") }` },
  publishCatalog: { access: "ADMIN", call: `mutation { publishCatalog(${NO}) { slug } }` },
  importCatalog: { access: "ADMIN", call: `mutation { importCatalog(document: {}) { slug } }` },
  addPlan: { access: "ADMIN", call: `mutation { addPlan(${NO}, plan: ${PLAN}) { revision } }` },
  updatePlan: { access: "ADMIN", call: `mutation { updatePlan(${NO}, key: "x", plan: ${PLAN}) { revision } }` },
  removePlan: { access: "ADMIN", call: `mutation { removePlan(${NO}, key: "x") { revision } }` },
  movePlan: { access: "ADMIN", call: `mutation { movePlan(${NO}, key: "x", position: 0) { revision } }` },
  addFeatureGroup: { access: "ADMIN", call: `mutation { addFeatureGroup(${NO}, group: { key: "g", label: "G" }) { revision } }` },
  updateFeatureGroup: { access: "ADMIN", call: `mutation { updateFeatureGroup(${NO}, key: "g", group: { key: "g", label: "G" }) { revision } }` },
  removeFeatureGroup: { access: "ADMIN", call: `mutation { removeFeatureGroup(${NO}, key: "g") { revision } }` },
  moveFeatureGroup: { access: "ADMIN", call: `mutation { moveFeatureGroup(${NO}, key: "g", position: 0) { revision } }` },
  addFeature: { access: "ADMIN", call: `mutation { addFeature(${NO}, feature: { key: "f", label: "F" }) { revision } }` },
  updateFeature: { access: "ADMIN", call: `mutation { updateFeature(${NO}, key: "f", feature: { key: "f", label: "F" }) { revision } }` },
  removeFeature: { access: "ADMIN", call: `mutation { removeFeature(${NO}, key: "f") { revision } }` },
  moveFeature: { access: "ADMIN", call: `mutation { moveFeature(${NO}, key: "f", position: 0) { revision } }` },
  setCell: { access: "ADMIN", call: `mutation { setCell(${NO}, featureKey: "f", planKey: "x", cell: { value: true }) { revision } }` },
  addPriority: { access: "ADMIN", call: `mutation { addPriority(${NO}, priority: { key: "p", label: "P" }) { revision } }` },
  updatePriority: { access: "ADMIN", call: `mutation { updatePriority(${NO}, key: "p", priority: { key: "p", label: "P" }) { revision } }` },
  removePriority: { access: "ADMIN", call: `mutation { removePriority(${NO}, key: "p") { revision } }` },
  movePriority: { access: "ADMIN", call: `mutation { movePriority(${NO}, key: "p", position: 0) { revision } }` },
  addExclusion: { access: "ADMIN", call: `mutation { addExclusion(${NO}, exclusion: { text: "T" }) { revision } }` },
  updateExclusion: { access: "ADMIN", call: `mutation { updateExclusion(${NO}, index: 0, exclusion: { text: "T" }) { revision } }` },
  removeExclusion: { access: "ADMIN", call: `mutation { removeExclusion(${NO}, index: 0) { revision } }` },
  moveExclusion: { access: "ADMIN", call: `mutation { moveExclusion(${NO}, index: 0, position: 0) { revision } }` },
  addRequestCategory: { access: "ADMIN", call: `mutation { addRequestCategory(${NO}, category: { key: "c", label: "C", creditKind: FIXED, credits: 5 }) { revision } }` },
  updateRequestCategory: { access: "ADMIN", call: `mutation { updateRequestCategory(${NO}, key: "c", category: { key: "c", label: "C", creditKind: FIXED, credits: 5 }) { revision } }` },
  removeRequestCategory: { access: "ADMIN", call: `mutation { removeRequestCategory(${NO}, key: "c") { revision } }` },
  moveRequestCategory: { access: "ADMIN", call: `mutation { moveRequestCategory(${NO}, key: "c", position: 0) { revision } }` },
  setGuaranteeBands: { access: "ADMIN", call: `mutation { setGuaranteeBands(${NO}, bands: []) { revision } }` },
  setLicenseEditions: { access: "ADMIN", call: `mutation { setLicenseEditions(${NO}, editions: []) { revision } }` },
};

const t = await startTestApp();
type Caller = (query: string, variables?: Record<string, unknown>) => Promise<GraphQLAnswer>;
const callers: Record<"anonymous" | "SALES" | "ADMIN", Caller> = { anonymous: t.gql, SALES: t.gql, ADMIN: t.gql };

beforeAll(async () => {
  callers.SALES = (await t.signIn("SALES")).gql;
  callers.ADMIN = (await t.signIn("ADMIN")).gql;
});

const expected = (access: Access, who: keyof typeof callers): string | null => {
  if (access === "PUBLIC") return null;
  if (who === "anonymous") return "UNAUTHENTICATED";
  if (access === "ADMIN" && who === "SALES") return "FORBIDDEN";
  return null;
};

describe("access to every operation", async () => {
  const schema = await createSchema();
  const operations = [
    ...Object.keys(schema.getQueryType()!.getFields()),
    ...Object.keys(schema.getMutationType()?.getFields() ?? {}),
  ];

  it("has a decided access for every operation of the schema", () => {
    expect(operations.filter((op) => !(op in ACCESS))).toEqual([]);
    expect(Object.keys(ACCESS).filter((op) => !operations.includes(op))).toEqual([]);
  });

  for (const op of operations) {
    const entry = ACCESS[op];
    if (!entry) continue;
    for (const who of ["anonymous", "SALES", "ADMIN"] as const) {
      const want = expected(entry.access, who);
      it(`${op} as ${who}: ${want ?? "allowed"}`, async () => {
        // An operation that ends the session gets a session of its own, not the one the other calls share.
        const call = entry.ownSession && who !== "anonymous" ? (await t.signIn(who)).gql : callers[who];
        const answer = await call(entry.call, entry.variables);
        const codes = (answer.errors ?? []).map((e) => e.extensions?.code);
        if (want) {
          expect(codes).toEqual([want]);
          expect(answer.data?.[op] ?? null).toBeNull();
        } else {
          expect(codes.filter((c) => c === "UNAUTHENTICATED" || c === "FORBIDDEN")).toEqual(
            // The only ones allowed to say UNAUTHENTICATED: a failed login and a wrong current password are answers, not refusals.
            op === "login" ? ["UNAUTHENTICATED"] : [],
          );
          expect(codes.filter((c) => c === "INTERNAL_SERVER_ERROR" || c === "GRAPHQL_VALIDATION_FAILED")).toEqual([]);
        }
      });
    }
  }
});
