import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { seriousViolations } from "../support/axe.js";
import { startBrowserApp } from "../support/browser.js";

/**
 * Issue 8's "Done when", in a real browser: from a comparison to an accepted plan, with an
 * instant quote, a request a rep turns into a quote, the emails in the outbox, and the PDF.
 */
const b = await startBrowserApp();
const t = b.t;
let admin: Awaited<ReturnType<typeof t.signIn>>;
let rep: Awaited<ReturnType<typeof t.signIn>>;
beforeAll(async () => {
  admin = await t.signIn("ADMIN");
  rep = await t.signIn("SALES");
  const set = await admin.gql(`mutation($id: ID) { updateSettings(input: { instantQuoteOwnerId: $id }) { instantQuoteOwnerId } }`, { id: rep.user.id });
  expect(set.errors).toBeUndefined();
});

const OUTBOX = `{ outbox(first: 100) { messages { kind to subject text } } }`;
const mailTo = async (to: string, kind: string) =>
  ((await admin.gql(OUTBOX)).data.outbox.messages as { kind: string; to: string; text: string }[]).filter((m) => m.to === to && m.kind === kind);

/** A page as someone signed in with these session headers, or as a prospect. */
async function open(path: string, options: { width?: number; session?: { headers: { cookie: string } } } = {}): Promise<Page> {
  const p = await b.page({ width: options.width ?? 1280, height: 900 });
  if (options.session) await p.context().addCookies([{ name: "tw_session", value: options.session.headers.cookie.split("=")[1], url: b.base }]);
  await p.goto(b.base + path);
  return p;
}

async function expectAccessible(p: Page, where: string) {
  expect(await seriousViolations(p), where).toEqual([]);
}

/** The words of the PDF behind a share link (pdftotext). */
async function pdfText(token: string): Promise<string> {
  const res = await fetch(`${b.base}/q/${token}/pdf`);
  expect(res.headers.get("content-type")).toBe("application/pdf");
  const file = join(mkdtempSync(join(tmpdir(), "tierwise-pdf-")), "quote.pdf");
  writeFileSync(file, Buffer.from(await res.arrayBuffer()));
  return execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" });
}

describe("an instant quote from the comparison page", () => {
  it("turns a priced Aimaras Business comparison into a sent quote the prospect accepts without signing in", async () => {
    const p = await open("/compare/aimaras");
    await p.getByLabel("Project budget (USD)").fill("40000");
    await p.getByRole("button", { name: "Get this quote now for Business" }).first().click();
    await p.getByLabel("Company").fill("Instant Corp");
    await p.getByLabel("Your name").fill("Ivy Instant");
    await p.getByLabel("Email").fill("ivy@instant.example");
    await p.getByLabel("Time zone for your quote").fill("Europe/Moscow");
    await expectAccessible(p, "instant quote form, 1280");
    await p.screenshot({ path: "test-results/deal-instant-form.png", fullPage: false });
    await p.setViewportSize({ width: 390, height: 900 });
    await expectAccessible(p, "instant quote form, 390");
    await p.setViewportSize({ width: 1280, height: 900 });
    await p.getByRole("button", { name: "Get my quote" }).click();

    const receipt = p.locator(".receipt");
    await expect.poll(() => receipt.locator("h2").textContent()).toMatch(/^Your quote Q-\d{4}-\d{4} is ready$/);
    expect(await receipt.textContent()).toContain("We emailed the link to ivy@instant.example.");
    const [mail] = await mailTo("ivy@instant.example", "quote.sent");
    expect(mail.text).toMatch(/\/q\/[A-Za-z0-9_-]+/);
    await receipt.getByRole("link", { name: /^open quote Q-\d{4}-\d{4}$/ }).click();

    await p.getByRole("heading", { name: /^Quote Q-\d{4}-\d{4} for Instant Corp$/ }).waitFor();
    expect(await p.locator(".vendor").textContent()).toBe("Aimaras");
    expect(await p.getByRole("link", { name: "Sales" }).count()).toBe(0);
    expect(await p.locator("body").textContent()).not.toContain("Tierwise");
    await p.getByLabel("I have read the exclusions and warranty clauses of Business").check();
    await p.getByLabel("Contact 1: name").fill("Ivy Instant");
    await p.getByLabel("Contact 1: email").fill("ivy@instant.example");
    await p.getByLabel("Your full name").fill("Ivy Instant");
    await p.getByRole("button", { name: "Accept this quote" }).click();
    await expect.poll(() => p.locator(".banner.ok").textContent()).toMatch(/^Accepted by Ivy Instant on .*\. Thank you! Aimaras has been told\.$/);
    expect(await p.getByRole("region", { name: "Acceptance record" }).textContent()).toContain("Ivy Instant (ivy@instant.example)");
    const number = /Q-\d{4}-\d{4}/.exec((await p.getByRole("heading", { level: 1 }).textContent())!)![0];
    expect((await mailTo(rep.email, "quote.accepted.rep")).filter((m) => m.text.includes(number))).toHaveLength(1);
  });
});

describe("a requested quote", () => {
  it("goes from the Beesender comparison to a rep's queue, a sent quote, and an acceptance with five contacts", async () => {
    // The prospect asks from the comparison page.
    const prospect = await open("/compare/beesender", { width: 390 });
    await prospect.getByLabel("License price (USD)").fill("50000");
    await prospect.getByRole("button", { name: "Request a quote for Business" }).first().click();
    await prospect.getByLabel("Company").fill("Bee Buyers Ltd");
    await prospect.getByLabel("Your name").fill("Bea Buyer");
    await prospect.getByLabel("Email").fill("bea@bee.example");
    await prospect.getByLabel("Message (optional)").fill("Five people need to open cases.");
    await expectAccessible(prospect, "request form, 390");
    await prospect.setViewportSize({ width: 1280, height: 900 });
    await expectAccessible(prospect, "request form, 1280");
    await prospect.getByRole("button", { name: "Send the request" }).click();
    await expect.poll(() => prospect.locator(".receipt").textContent()).toMatch(/Your reference is R-\d{4}-\d{4}\./);
    const reference = /R-\d{4}-\d{4}/.exec((await prospect.locator(".receipt").textContent())!)![0];

    // The rep finds it in the queue, takes it and makes a draft quote of it.
    const p = await open("/quotes/requests", { session: rep });
    await expect.poll(() => p.getByRole("link", { name: /^Requests/ }).textContent()).toBe("Requests (1 new)");
    const card = p.getByRole("article", { name: `${reference}: Bee Buyers Ltd` });
    await expect.poll(() => card.textContent()).toContain("Beesender Business: 5,000.00 USD · License price 50,000 USD · 1 year");
    expect(await card.textContent()).toContain("Five people need to open cases.");
    await expectAccessible(p, "request queue, 1280");
    await p.screenshot({ path: "test-results/deal-request-queue.png", fullPage: true });
    await card.getByRole("button", { name: "Take it" }).click();
    await expect.poll(() => card.textContent()).toContain("Taken by SALES user");
    await card.getByRole("button", { name: "Make a draft quote" }).click();
    await p.waitForURL(/\/quotes\/[0-9a-f-]{36}$/);
    const id = new URL(p.url()).pathname.split("/")[2];

    // The figures came with it; the rep sets the customer's zone, gives a welcome discount and sends it, in the builder.
    const draft = (await rep.gql(`query($id: ID!) { quote(id: $id) { number requestReference customer { company name email } figures { licensePrice } options { planKey total } } }`, { id })).data.quote;
    expect(draft).toMatchObject({ requestReference: reference, customer: { company: "Bee Buyers Ltd", name: "Bea Buyer", email: "bea@bee.example" }, figures: { licensePrice: "50000" }, options: [{ planKey: "business", total: "5000.00" }] });
    await p.getByLabel("Customer's time zone").fill("Europe/Berlin");
    // One option, so its fieldset is "Plan".
    const business = p.locator("fieldset.option-editor", { has: p.locator("legend", { hasText: "Plan" }) });
    await business.getByRole("button", { name: "Add a discount" }).click();
    await business.getByLabel("Value").fill("5");
    await business.getByLabel("Label the customer reads").fill("Welcome offer");
    await business.getByLabel("Internal reason").fill("matched competitor offer");
    // Before saving, the preview prices it and dates its timeline in the customer's zone.
    const preview = p.getByRole("region", { name: "As it will be saved" });
    await expect.poll(() => preview.textContent()).toContain("4,750.00 USD");
    await expect.poll(() => preview.getByRole("heading", { name: "Timeline (Europe/Berlin)" }).count()).toBe(1);
    expect(await preview.textContent()).toMatch(/A .+ case sent Friday \d{1,2} \w{3} 17:00 is answered by .+ \(Europe\/Berlin\)/);
    await p.getByRole("button", { name: "Save changes" }).click();
    await expect.poll(() => p.getByRole("button", { name: "Send", exact: true }).isEnabled()).toBe(true);
    await p.getByRole("button", { name: "Send", exact: true }).click();
    const url = await p.getByRole("textbox", { name: "Share link", exact: true }).inputValue();
    const token = url.split("/q/")[1];
    const sent = (await rep.gql(`query($id: ID!) { quote(id: $id) { status timeZone options { total } } }`, { id })).data.quote;
    expect(sent).toEqual({ status: "SENT", timeZone: "Europe/Berlin", options: [{ total: "4750.00" }] });

    // The prospect's email holds the link.
    const [mail] = await mailTo("bea@bee.example", "quote.sent");
    expect(mail.text).toContain(`/q/${token}`);

    // The prospect reads the clauses, names five contacts (a sixth is refused), and accepts.
    const share = await open(`/q/${token}`, { width: 390 });
    await share.getByRole("heading", { name: /for Bee Buyers Ltd$/ }).waitFor();
    const words = (await share.locator("body").textContent())!;
    expect(words).not.toContain("matched competitor offer");
    expect(words).toContain("Welcome offer");
    expect(await share.getByRole("region", { name: "Your support timeline" }).textContent()).toContain("Each line is rounded half-up to the cent; totals are sums of lines.");
    await expectAccessible(share, "share page, 390");
    await share.getByLabel("I have read the exclusions and warranty clauses of Business").check();
    for (let i = 1; i <= 5; i++) {
      if (i > 1) await share.getByRole("button", { name: "Add a contact" }).click();
      await share.getByLabel(`Contact ${i}: name`).fill(`Person ${i}`);
      await share.getByLabel(`Contact ${i}: email`).fill(`person${i}@bee.example`);
    }
    await share.getByRole("button", { name: "Add a contact" }).click();
    await expect.poll(() => share.locator("#contacts-error").textContent()).toBe("Business allows 5 authorized contacts; remove one to name another.");
    expect(await share.getByLabel("Contact 6: name").count()).toBe(0);
    await share.getByLabel("Your full name").fill("Bea Buyer");
    await share.screenshot({ path: "test-results/deal-share-phone.png", fullPage: true });
    await share.getByRole("button", { name: "Accept this quote" }).click();
    await expect.poll(() => share.locator(".banner.ok").textContent()).toMatch(/^Accepted by Bea Buyer/);
    const record = (await share.getByRole("region", { name: "Acceptance record" }).textContent())!;
    expect(record).toContain("Person 5 (person5@bee.example)");
    await share.setViewportSize({ width: 1280, height: 900 });
    await expectAccessible(share, "accepted share page, 1280");
    await share.screenshot({ path: "test-results/deal-share-accepted.png", fullPage: true });

    // The PDF carries the acceptance record and the timeline; the rep is told.
    const pdf = await pdfText(token);
    expect(pdf).toContain("Acceptance record");
    expect(pdf).toContain("person5@bee.example");
    expect(pdf).toContain("Support timeline");
    expect(pdf).not.toContain("matched competitor offer");
    expect((await mailTo(rep.email, "quote.accepted.rep")).filter((m) => m.text.includes(draft.number))).toHaveLength(1);
  });
});

describe("the share page before a choice", () => {
  it("asks the customer to choose between alternatives, shows the chosen one's response examples, and is accessible at both widths", async () => {
    const created = await rep.gql(`mutation($input: QuoteInput!) { createQuote(input: $input) { id lockVersion } }`, {
      input: {
        catalogSlug: "aimaras",
        customer: { company: "Alt Corp", name: "Al Ternative", email: "al@alt.example" },
        projectBudget: "40000",
        goLiveDate: "2027-02-01",
        options: [
          { label: "Good", planKey: "basic" },
          { label: "Better", planKey: "business" },
        ],
      },
    });
    const { id, lockVersion } = created.data.createQuote;
    const { token } = (await rep.gql(`mutation($id: ID!, $v: Int!) { sendQuote(id: $id, lockVersion: $v) { link { token } } }`, { id, v: lockVersion })).data.sendQuote.link;
    for (const width of [1280, 390]) {
      const p = await open(`/q/${token}`, { width });
      await p.getByRole("heading", { name: /for Alt Corp$/ }).waitFor();
      expect(await p.getByRole("radio", { checked: true }).count()).toBe(0);
      expect(await p.getByRole("region", { name: "Accept" }).textContent()).toContain("Choose one of the options above");
      const steps = (await p.getByRole("region", { name: "Your support timeline" }).textContent())!;
      expect(steps).toContain("Go-live: 1 Feb 2027");
      await expectAccessible(p, `share page with alternatives, ${width}`);
      if (width === 390) await p.screenshot({ path: "test-results/deal-share-choose-phone.png", fullPage: true });
    }
    // The response examples follow the option the customer looks at.
    const p = await open(`/q/${token}`);
    const timeline = p.getByRole("region", { name: "Your support timeline" });
    await expect.poll(() => timeline.textContent()).toContain("under the Basic plan's support hours");
    await p.getByLabel("Better: Business").check();
    await expect.poll(() => timeline.textContent()).toContain("under the Business plan's support hours");
    expect(await p.getByRole("form", { name: "Accept “Better”: Business" }).count()).toBe(1);
  });
});

/** A Beesender quote for Business, sent; its id and share token. */
async function sentQuote(company: string, licensePrice: string) {
  const input = { catalogSlug: "beesender", customer: { company, name: "Dee Cider", email: "dee@example.com" }, licensePrice, options: [{ planKey: "business" }] };
  const { id, lockVersion } = (await rep.gql(`mutation($input: QuoteInput!) { createQuote(input: $input) { id lockVersion } }`, { input })).data.createQuote;
  const sent = await rep.gql(`mutation($id: ID!, $v: Int!) { sendQuote(id: $id, lockVersion: $v) { link { token } } }`, { id, v: lockVersion });
  return { id, input, token: sent.data.sendQuote.link.token as string };
}

describe("a revision, and a decline", () => {
  it("shows the customer what changed since the version they saw, and reads DECLINED once they decline with a reason", async () => {
    const first = await sentQuote("Rev Corp", "50000");
    const seen = await open(`/q/${first.token}`);
    await seen.getByRole("heading", { name: /for Rev Corp$/ }).waitFor();
    expect(await seen.getByRole("region", { name: "What changed since the version you saw" }).count()).toBe(0);

    const draft = (await rep.gql(`mutation($id: ID!) { reviseQuote(id: $id) { id lockVersion } }`, { id: first.id })).data.reviseQuote;
    const updated = await rep.gql(`mutation($id: ID!, $v: Int!, $input: QuoteInput!) { updateQuote(id: $id, lockVersion: $v, input: $input) { lockVersion } }`, {
      id: draft.id,
      v: draft.lockVersion,
      input: { ...first.input, licensePrice: "60000" },
    });
    const sent = await rep.gql(`mutation($id: ID!, $v: Int!) { sendQuote(id: $id, lockVersion: $v) { link { token } } }`, { id: draft.id, v: updated.data.updateQuote.lockVersion });
    const p = await open(`/q/${sent.data.sendQuote.link.token}`, { width: 390 });
    const changes = p.getByRole("region", { name: "What changed since the version you saw" });
    await expect.poll(() => changes.locator("li").allTextContents()).toEqual([
      "License price: 50000 → 60000",
      "The plan: Business 5,000.00 USD → 6,000.00 USD",
      "The plan: total 5,000.00 USD → 6,000.00 USD",
    ]);
    await p.getByLabel("Why not? (optional)").fill("Too dear for us this year");
    await p.getByRole("button", { name: "Decline this quote" }).click();
    await expect.poll(() => p.locator(".banner").first().textContent()).toMatch(/^Declined on \d{1,2} \w{3} \d{4}, \d\d:\d\d \(UTC\)\. Beesender has been told\.$/);
    expect(await p.getByRole("button", { name: "Accept this quote" }).count()).toBe(0);
  });
});

describe("an expired quote", () => {
  it("reads EXPIRED in the rep's list without being opened, and on the customer's page", async () => {
    const { id, token } = await sentQuote("Late Ltd", "10000");
    const { number } = (await rep.gql(`query($id: ID!) { quote(id: $id) { number } }`, { id })).data.quote;
    // Its validity ended yesterday: what the clock would do, done to the row (the server reads the date, not an event).
    await t.dataSource.query(`UPDATE quote SET valid_until = current_date - 2, expires_at = current_date - 1 WHERE id = $1`, [id]);
    const p = await open("/quotes", { session: rep });
    const row = p.locator("table.matrix tbody tr").filter({ hasText: number });
    await expect.poll(() => row.textContent()).toContain("expired");

    const share = await open(`/q/${token}`);
    await expect.poll(() => share.locator(".banner").first().textContent()).toMatch(/^Expired: this quote was valid until \d{1,2} \w{3} \d{4} \(end of day, UTC\)\. Ask your contact at Beesender for a new one\.$/);
    expect(await share.getByRole("button", { name: "Accept this quote" }).count()).toBe(0);
  });
});
