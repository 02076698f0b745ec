import { beforeAll, describe, expect, it } from "vitest";
import { startTestApp } from "../support/app.js";

/** Issue 8: a revision's share page says what changed since the version the customer last saw. */
const now = new Date("2026-11-23T10:00:00Z");
const t = await startTestApp({ clock: () => now });

const customer = { company: "Acme Corp", name: "Jane Buyer", email: "jane@acme.example" };
const SHARED = `query($t: String!) { sharedQuote(token: $t) { number changesSinceLastSeen } }`;
let rita: Awaited<ReturnType<typeof t.signIn>>;
beforeAll(async () => {
  rita = await t.signIn("SALES");
});

async function send(id: string, v: number): Promise<string> {
  const sent = await rita.gql(`mutation($id: ID!, $v: Int!) { sendQuote(id: $id, lockVersion: $v) { link { token } } }`, { id, v });
  expect(sent.errors).toBeUndefined();
  return sent.data.sendQuote.link.token;
}

describe("a revision's share page", () => {
  it("lists in words what changed since the version the customer saw, and no internal reason", async () => {
    const input = { catalogSlug: "beesender", customer, licensePrice: "50000", validUntil: "2026-12-10", options: [{ planKey: "business" }] };
    const q = (await rita.gql(`mutation($input: QuoteInput!) { createQuote(input: $input) { id lockVersion } }`, { input })).data.createQuote;
    const first = await send(q.id, q.lockVersion);
    expect((await t.gql(SHARED, { t: first })).data.sharedQuote.changesSinceLastSeen).toBeNull();

    const draft = (await rita.gql(`mutation($id: ID!) { reviseQuote(id: $id) { id lockVersion } }`, { id: q.id })).data.reviseQuote;
    const changed = {
      ...input,
      licensePrice: "60000",
      validUntil: "2026-12-20",
      options: [{ planKey: "business", discounts: [{ lineKey: "business", kind: "PERCENT", value: "5", label: "Launch offer", reason: "Competitor is cheaper" }] }],
    };
    const updated = await rita.gql(`mutation($id: ID!, $v: Int!, $input: QuoteInput!) { updateQuote(id: $id, lockVersion: $v, input: $input) { lockVersion } }`, {
      id: draft.id,
      v: draft.lockVersion,
      input: changed,
    });
    expect(updated.errors).toBeUndefined();
    const second = await send(draft.id, updated.data.updateQuote.lockVersion);
    const changes: string[] = (await t.gql(SHARED, { t: second })).data.sharedQuote.changesSinceLastSeen;
    expect(changes).toEqual([
      "License price: 50000 → 60000",
      "Valid until: 2026-12-10 → 2026-12-20",
      "The plan: Business 5,000.00 USD → 6,000.00 USD",
      "The plan: added Discount on Business: Launch offer, -300.00 USD",
      "The plan: total 5,000.00 USD → 5,700.00 USD",
    ]);
    expect(changes.join(" ")).not.toContain("Competitor");
  });
});
