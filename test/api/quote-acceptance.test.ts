import { createHash } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { errorCode, startTestApp } from "../support/app.js";

/** Issue 8: an acceptance records the option, the clauses read, the authorized contacts, the name, when, where, and a digest. */
const now = new Date("2026-11-22T10:00:00Z");
const t = await startTestApp({ clock: () => now });

const SHARED = `query($token: String!) { sharedQuote(token: $token) { status options { label planName clauses authorizedContacts } acceptance { name } } }`;
const ACCEPTANCE = `acceptance { option optionLabel planName name acceptedAt contacts { name email } clauses contentDigest }`;
const ACCEPT = `mutation($token: String!, $name: String!, $option: Int, $ack: Boolean, $contacts: [AuthorizedContactInput!]) {
  acceptSharedQuote(token: $token, name: $name, option: $option, acknowledged: $ack, contacts: $contacts) { status acceptedOption ${ACCEPTANCE} } }`;

const customer = { company: "Acme Corp", name: "Jane Buyer", email: "jane@acme.example" };
let rita: Awaited<ReturnType<typeof t.signIn>>;
beforeAll(async () => {
  rita = await t.signIn("SALES");
});

async function sentQuote(input: Record<string, unknown>): Promise<{ id: string; token: string }> {
  const created = await rita.gql(`mutation($input: QuoteInput!) { createQuote(input: $input) { id lockVersion } }`, { input: { customer, ...input } });
  expect(created.errors).toBeUndefined();
  const { id, lockVersion } = created.data.createQuote;
  const sent = await rita.gql(`mutation($id: ID!, $v: Int!) { sendQuote(id: $id, lockVersion: $v) { link { token } } }`, { id, v: lockVersion });
  expect(sent.errors).toBeUndefined();
  return { id, token: sent.data.sendQuote.link.token };
}

const contacts = (n: number) => Array.from({ length: n }, (_, i) => ({ name: `Contact ${i + 1}`, email: `contact${i + 1}@acme.example` }));
const beesenderBusiness = { catalogSlug: "beesender", licensePrice: "50000", options: [{ planKey: "business" }] };

describe("the share page", () => {
  it("serves, per option, the clauses to acknowledge and the number of authorized contacts", async () => {
    const q = await sentQuote({ catalogSlug: "aimaras", projectBudget: "40000", options: [{ label: "Good", planKey: "basic" }, { label: "Better", planKey: "business" }, { label: "Best", planKey: "premium" }] });
    const shared = (await t.gql(SHARED, { token: q.token })).data.sharedQuote;
    expect(shared.options.map((o: any) => o.authorizedContacts)).toEqual([2, 3, 5]);
    expect(shared.options[0].clauses.length).toBeGreaterThan(0);
    // Aimaras words its clauses itself ("… DOES NOT COVER …"): no label says it a second time.
    expect(shared.options[0].clauses[0]).toMatch(/^The post-project guarantee DOES NOT COVER issues caused by: /);
    expect(shared.acceptance).toBeNull();
  });
});

describe("accepting", () => {
  it("refuses without the clauses acknowledged, and a sixth contact on Beesender Business, in words naming the field", async () => {
    const q = await sentQuote(beesenderBusiness);
    const unread = await t.gql(ACCEPT, { token: q.token, name: "Jane Buyer", contacts: contacts(1) });
    expect(errorCode(unread)).toBe("BAD_USER_INPUT");
    expect(unread.errors![0].extensions!.field).toBe("acknowledged");
    expect(unread.errors![0].message).toBe("Confirm that you have read the exclusions and warranty clauses of Business before accepting");
    const six = await t.gql(ACCEPT, { token: q.token, name: "Jane Buyer", ack: true, contacts: contacts(6) });
    expect(errorCode(six)).toBe("BAD_USER_INPUT");
    expect(six.errors![0].extensions!.field).toBe("contacts");
    expect(six.errors![0].message).toBe("Beesender Business allows at most 5 authorized contacts; you named 6");
    expect((await t.gql(SHARED, { token: q.token })).data.sharedQuote.status).toBe("SENT");
  });

  it("refuses a contact without a valid address, or one address twice", async () => {
    const q = await sentQuote(beesenderBusiness);
    const bad = await t.gql(ACCEPT, { token: q.token, name: "Jane", ack: true, contacts: [contacts(1)[0], { name: "Bob", email: "not an address" }] });
    expect(bad.errors![0]).toMatchObject({ message: '"not an address" is not an email address', extensions: { code: "BAD_USER_INPUT", field: "contacts[1].email" } });
    const twice = await t.gql(ACCEPT, { token: q.token, name: "Jane", ack: true, contacts: [contacts(1)[0], { name: "Again", email: "CONTACT1@acme.example" }] });
    expect(twice.errors![0]).toMatchObject({ message: "contact1@acme.example is named twice among the authorized contacts", extensions: { field: "contacts[1].email" } });
  });

  it("needs an option chosen when there are alternatives: nothing is picked for the customer", async () => {
    const q = await sentQuote({ ...beesenderBusiness, options: [{ label: "Good", planKey: "basic" }, { label: "Best", planKey: "premium" }] });
    const none = await t.gql(ACCEPT, { token: q.token, name: "Jane Buyer", ack: true });
    expect(none.errors![0]).toMatchObject({ message: "Choose one of the options (Good, Best) before accepting", extensions: { code: "BAD_USER_INPUT", field: "option" } });
    const three = await t.gql(ACCEPT, { token: q.token, name: "Jane Buyer", option: 0, ack: true, contacts: contacts(3) });
    expect(three.errors![0].message).toBe("Beesender Basic allows at most 2 authorized contacts; you named 3");
    const ok = await t.gql(ACCEPT, { token: q.token, name: "Jane Buyer", option: 1, ack: true, contacts: contacts(3) });
    expect(ok.data.acceptSharedQuote).toMatchObject({ status: "ACCEPTED", acceptedOption: 1, acceptance: { option: 1, optionLabel: "Best", planName: "Premium" } });
  });

  it("stores the clauses shown, the contacts, the name, the time, the address and the digest of what was seen; repeating it is harmless", async () => {
    const q = await sentQuote(beesenderBusiness);
    const shown = (await t.gql(SHARED, { token: q.token })).data.sharedQuote.options[0].clauses;
    const answer = await t.gql(ACCEPT, { token: q.token, name: "  Jane Buyer ", ack: true, contacts: contacts(5) });
    expect(answer.errors).toBeUndefined();
    const acceptance = answer.data.acceptSharedQuote.acceptance;
    expect(acceptance).toMatchObject({ option: 0, optionLabel: null, planName: "Business", name: "Jane Buyer", acceptedAt: "2026-11-22T10:00:00.000Z", clauses: shown });
    expect(acceptance.contacts).toEqual(contacts(5));
    expect(acceptance.contentDigest).toMatch(/^[0-9a-f]{64}$/);

    const [row] = await t.dataSource.query(`SELECT content, content_digest, client_ip FROM quote_acceptance WHERE quote_id = $1`, [q.id]);
    expect(createHash("sha256").update(row.content).digest("hex")).toBe(acceptance.contentDigest);
    expect(JSON.parse(row.content)).toMatchObject({ catalogName: "Beesender", acceptedOption: 0, customer, computed: { currency: "USD", options: [{ planKey: "business", total: "5000.00" }] } });
    expect(row.client_ip).toBe("127.0.0.1");

    const again = await t.gql(ACCEPT, { token: q.token, name: "Jane Buyer", ack: true, contacts: contacts(2) });
    expect(again.data.acceptSharedQuote.acceptance).toEqual(acceptance);
    const staff = (await rita.gql(`query($id: ID!) { quote(id: $id) { status ${ACCEPTANCE} } }`, { id: q.id })).data.quote;
    expect(staff).toEqual({ status: "ACCEPTED", acceptance });
  });
});
