import { beforeAll, describe, expect, it } from "vitest";
import { MailDrainer } from "../../server/services/mail-drainer.js";
import { errorCode, startTestApp } from "../support/app.js";

/** Issue 8: every email is written to the outbox with the action that causes it; admins read it. */
const now = new Date("2026-11-23T10:00:00Z");
const t = await startTestApp({ clock: () => now });

const OUTBOX = `{ outbox(first: 50) { messages { kind to subject text html } } }`;
let rita: Awaited<ReturnType<typeof t.signIn>>;
let admin: Awaited<ReturnType<typeof t.signIn>>;
beforeAll(async () => {
  rita = await t.signIn("SALES");
  admin = await t.signIn("ADMIN");
});

const messages = async (to: string) => (await admin.gql(OUTBOX)).data.outbox.messages.filter((m: any) => m.to === to);

async function sentQuote(email: string) {
  const input = {
    catalogSlug: "beesender",
    customer: { company: "Acme Corp", name: "Jane Buyer", email },
    licensePrice: "50000",
    options: [{ planKey: "business", discounts: [{ kind: "PERCENT", value: "5", label: "Launch offer", reason: "Secret competitor match" }] }],
  };
  const q = (await rita.gql(`mutation($input: QuoteInput!) { createQuote(input: $input) { id lockVersion number } }`, { input })).data.createQuote;
  const sent = await rita.gql(`mutation($id: ID!, $v: Int!) { sendQuote(id: $id, lockVersion: $v) { link { token url } } }`, { id: q.id, v: q.lockVersion });
  return { ...q, ...sent.data.sendQuote.link };
}

describe("the outbox", () => {
  it("holds the share link for the customer when a quote is sent, with the vendor's name and no staff-only words", async () => {
    const q = await sentQuote("send@acme.example");
    const [mail] = await messages("send@acme.example");
    expect(mail).toMatchObject({ kind: "quote.sent", subject: `Beesender: your quote ${q.number}` });
    expect(mail.text).toContain(q.url);
    expect(mail.html).toContain(`<a href="${q.url}">`);
    expect(mail.text).toContain("— Beesender");
    expect(mail.text + mail.html).not.toContain("Secret competitor match");
  });

  it("confirms an acceptance to the customer and tells the rep; tells the rep of a decline", async () => {
    const q = await sentQuote("accept@acme.example");
    const accepted = await t.gql(`mutation($t: String!) { acceptSharedQuote(token: $t, name: "Jane Buyer", acknowledged: true) { acceptance { contentDigest } } }`, { t: q.token });
    const digest = accepted.data.acceptSharedQuote.acceptance.contentDigest;
    const customer = await messages("accept@acme.example");
    // The test clock stands still, so messages are found by kind, not by their order.
    expect(customer.map((m: any) => m.kind).sort()).toEqual(["quote.accepted.customer", "quote.sent"]);
    expect(customer.find((m: any) => m.kind === "quote.accepted.customer").text).toContain(digest);
    const rep = await messages(rita.email);
    expect(rep.find((m: any) => m.kind === "quote.accepted.rep")).toMatchObject({ subject: `Beesender: ${q.number} was accepted` });

    const other = await sentQuote("decline@acme.example");
    await t.gql(`mutation($t: String!) { declineSharedQuote(token: $t, name: "Jim", reason: "Too dear") { status } }`, { t: other.token });
    const declined = (await messages(rita.email)).find((m: any) => m.kind === "quote.declined.rep");
    expect(declined).toMatchObject({ kind: "quote.declined.rep", subject: `Beesender: ${other.number} was declined` });
    expect(declined.text).toContain("Jim declined quote");
    expect(declined.text).toContain("Too dear");
  });

  it("writes nothing when the action is refused", async () => {
    const q = await sentQuote("refused@acme.example");
    expect(errorCode(await t.gql(`mutation($t: String!) { acceptSharedQuote(token: $t, name: "Jane") { status } }`, { t: q.token }))).toBe("BAD_USER_INPUT");
    expect((await messages("refused@acme.example")).map((m: any) => m.kind)).toEqual(["quote.sent"]);
  });

  it("tells the owner of an admin's decision on approval, without the admin's words", async () => {
    const input = (value: string) => ({
      catalogSlug: "beesender",
      customer: { company: "Acme Corp", name: "Jane Buyer", email: "approval@acme.example" },
      licensePrice: "50000",
      options: [{ planKey: "business", discounts: [{ kind: "PERCENT", value, reason: "Big logo" }] }],
    });
    const q = (await rita.gql(`mutation($input: QuoteInput!) { createQuote(input: $input) { id lockVersion number } }`, { input: input("20") })).data.createQuote;
    const asked = (await rita.gql(`mutation($id: ID!) { requestQuoteApproval(id: $id, note: "Please") { lockVersion } }`, { id: q.id })).data.requestQuoteApproval;
    const rejected = await admin.gql(`mutation($id: ID!, $v: Int!) { rejectQuote(id: $id, lockVersion: $v, reason: "Margin too thin") { lockVersion } }`, { id: q.id, v: asked.lockVersion });
    expect(rejected.errors).toBeUndefined();
    const turnedDown = (await messages(rita.email)).find((m: any) => m.kind === "quote.rejected.rep");
    expect(turnedDown).toMatchObject({ subject: `Beesender: ${q.number} was turned down` });
    expect(turnedDown.text + turnedDown.html).not.toContain("Margin too thin");
    await admin.gql(`mutation($id: ID!, $v: Int!) { approveQuote(id: $id, lockVersion: $v) { id } }`, { id: q.id, v: rejected.data.rejectQuote.lockVersion });
    expect((await messages(rita.email)).find((m: any) => m.kind === "quote.approved.rep")).toMatchObject({ subject: `Beesender: ${q.number} was approved` });
  });

  it("tells the first admin of a new quote request", async () => {
    const receipt = await t.gql(
      `mutation { requestQuote(input: { catalogSlug: "beesender", planKey: "business", licensePrice: "50000", company: "Beta Ltd", contactName: "Bea", email: "bea@beta.example" }) { reference } }`,
    );
    const reference = receipt.data.requestQuote.reference;
    const [first] = await t.dataSource.query(`SELECT email FROM app_user WHERE role = 'ADMIN' AND disabled_at IS NULL ORDER BY created_at, id LIMIT 1`);
    const notice = (await messages(first.email)).find((m: any) => m.kind === "request.new");
    expect(notice).toMatchObject({ subject: `Beesender: new quote request ${reference}` });
    expect(notice.text).toContain("Bea (Beta Ltd) asked for a quote for Beesender Business");
  });

  it("says of each message whether it was sent, waits for a retry (and why), or failed for good", async () => {
    await sentQuote("delivered@acme.example");
    await sentQuote("bouncing@acme.example");
    const transport = {
      sendMail: async (mail: { to: string }) => {
        if (mail.to === "bouncing@acme.example") throw new Error("550 mailbox unavailable");
      },
    };
    await new MailDrainer(t.dataSource, () => now, transport, "Tierwise <quotes@tierwise.test>").drainOnce();
    const STATUS = `{ outbox(first: 50) { messages { to status attempts nextAttemptAt lastError sentAt } } }`;
    const find = async (to: string) => (await admin.gql(STATUS)).data.outbox.messages.find((m: any) => m.to === to);
    expect(await find("delivered@acme.example")).toMatchObject({ status: "SENT", attempts: 1, sentAt: now.toISOString(), lastError: null });
    expect(await find("bouncing@acme.example")).toMatchObject({
      status: "QUEUED",
      attempts: 1,
      sentAt: null,
      nextAttemptAt: new Date(now.getTime() + 30_000).toISOString(),
      lastError: "550 mailbox unavailable",
    });
    await t.dataSource.query(`UPDATE outbox_message SET attempts = 10 WHERE "to" = 'bouncing@acme.example'`);
    expect(await find("bouncing@acme.example")).toMatchObject({ status: "FAILED", attempts: 10 });
  });

  it("is for admins only", async () => {
    expect(errorCode(await rita.gql(OUTBOX))).toBe("FORBIDDEN");
  });
});
