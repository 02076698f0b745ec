import nodemailer from "nodemailer";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MailDrainer, backoffMs } from "../../server/services/mail-drainer.js";
import { startTestApp } from "../support/app.js";

/** Issue 8: the outbox is sent through a real SMTP server (started here), retried with backoff when it fails. */
let now = new Date("2026-11-23T10:00:00Z");
const t = await startTestApp({ clock: () => now });

const received: { to: string[]; raw: string }[] = [];
let refuse = false;
const smtp = new SMTPServer({
  disabledCommands: ["STARTTLS", "AUTH"],
  logger: false,
  onRcptTo(address, _session, callback) {
    callback(refuse ? new Error("Mailbox unavailable") : undefined);
  },
  onData(stream, session, callback) {
    let raw = "";
    stream.on("data", (chunk: Buffer) => (raw += chunk.toString("utf8")));
    stream.on("end", () => {
      received.push({ to: session.envelope.rcptTo.map((r) => r.address), raw });
      callback();
    });
  },
});
let drainer: MailDrainer;
beforeAll(async () => {
  await new Promise<void>((resolve) => smtp.listen(0, "127.0.0.1", resolve));
  const { port } = smtp.server.address() as { port: number };
  drainer = new MailDrainer(t.dataSource, () => now, nodemailer.createTransport({ host: "127.0.0.1", port, secure: false, ignoreTLS: true }), "Tierwise <quotes@tierwise.test>");
});
afterAll(() => new Promise<void>((resolve) => smtp.close(() => resolve())));

async function sendQuote(email: string) {
  const rita = await t.signIn("SALES");
  const input = { catalogSlug: "beesender", customer: { company: "Acme Corp", name: "Jane Buyer", email }, licensePrice: "50000", options: [{ planKey: "business" }] };
  const q = (await rita.gql(`mutation($input: QuoteInput!) { createQuote(input: $input) { id lockVersion number } }`, { input })).data.createQuote;
  const sent = await rita.gql(`mutation($id: ID!, $v: Int!) { sendQuote(id: $id, lockVersion: $v) { link { url } } }`, { id: q.id, v: q.lockVersion });
  return { number: q.number as string, url: sent.data.sendQuote.link.url as string };
}

describe("sending the outbox", () => {
  it("delivers the share link to the customer's address and marks it sent", async () => {
    const q = await sendQuote("smtp@acme.example");
    expect(await drainer.drainOnce()).toBe(1);
    const mail = received.find((m) => m.to.includes("smtp@acme.example"))!;
    expect(mail.raw).toContain(`Subject: Beesender: your quote ${q.number}`);
    expect(mail.raw.replace(/=\r\n/g, "")).toContain(q.url);
    expect(mail.raw).toContain("From: Tierwise <quotes@tierwise.test>");
    const [row] = await t.dataSource.query(`SELECT sent_at, attempts FROM outbox_message WHERE "to" = $1`, ["smtp@acme.example"]);
    expect(row.attempts).toBe(1);
    expect(row.sent_at).not.toBeNull();
    expect(await drainer.drainOnce()).toBe(0);
  });

  it("keeps a message the server refuses, retries it after the backoff, and the quote stays sent", async () => {
    refuse = true;
    await sendQuote("later@acme.example");
    expect(await drainer.drainOnce()).toBe(0);
    const [failed] = await t.dataSource.query(`SELECT attempts, next_attempt_at, last_error FROM outbox_message WHERE "to" = $1`, ["later@acme.example"]);
    expect(failed.attempts).toBe(1);
    expect(new Date(failed.next_attempt_at).getTime()).toBe(now.getTime() + backoffMs(1));
    expect(failed.last_error).toContain("Mailbox unavailable");
    refuse = false;
    expect(await drainer.drainOnce()).toBe(0);
    now = new Date(now.getTime() + backoffMs(1));
    expect(await drainer.drainOnce()).toBe(1);
    expect(received.some((m) => m.to.includes("later@acme.example"))).toBe(true);
  });
});
