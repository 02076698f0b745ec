import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { seriousViolations } from "../support/axe.js";
import { startBrowserApp } from "../support/browser.js";

/**
 * Issue 7 in a real browser: a rep builds an Aimaras quote with three alternatives and a discount
 * whose reason is internal, sees the discounted totals before saving, asks for approval; an admin
 * approves it from the queue; the rep sends it; the prospect accepts Premium; the list shows
 * Premium's total; neither the share page nor the PDF shows the internal reason.
 */
const b = await startBrowserApp();
const t = b.t;

const REASON = "matched competitor offer";
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
const priced = (p: Page, name: string) => p.getByRole("article", { name: `Priced ${name}` });
const total = (p: Page, name: string) => priced(p, name).locator("tfoot td").textContent();

async function customer(p: Page, catalog: string) {
  await p.getByLabel("Catalog").selectOption(catalog);
  await p.getByLabel("Company").fill("Acme Corp");
  await p.getByLabel("Contact name").fill("Jane Buyer");
  await p.getByLabel("Contact email").fill("jane@acme.example");
}

describe("the quote builder", () => {
  it("takes an Aimaras quote with three alternatives from building through approval to Premium accepted", async () => {
    mkdirSync("test-results", { recursive: true });
    const rep = await b.page({ role: "SALES" });
    await rep.goto(`${b.base}/quotes/new`);
    await customer(rep, "aimaras");
    // Only the figures Aimaras prices from are asked.
    expect(await rep.getByLabel("License price").count()).toBe(0);
    expect(await rep.getByLabel("Agents").count()).toBe(0);
    await rep.getByLabel("Project budget").fill("48000");
    // A go-live date in the past is accepted, with a word next to the field.
    await rep.getByLabel("Go-live date").fill("2020-01-15");
    await expect.poll(() => rep.locator(".field", { has: rep.getByLabel("Go-live date") }).getByRole("alert").textContent()).toContain("is in the past");
    await rep.getByLabel("Go-live date").fill(inDays(60));
    await expect.poll(() => rep.locator(".field", { has: rep.getByLabel("Go-live date") }).getByRole("alert").count()).toBe(0);

    // Three "+ alternative" clicks make three alternatives, labelled by their plans.
    for (const plan of ["Basic", "Business", "Premium"]) await rep.getByRole("button", { name: `Offer ${plan} as an alternative` }).click();
    expect(await rep.locator("fieldset.option-editor > legend").allTextContents()).toEqual(["Alternative 1: Basic", "Alternative 2: Business", "Alternative 3: Premium"]);

    // A discount on Premium, with a label the customer reads and a reason only staff see.
    const premium = rep.locator("fieldset.option-editor", { has: rep.locator("legend", { hasText: "Premium" }) });
    await premium.getByRole("button", { name: "Add a discount" }).click();
    await premium.getByLabel("Value").fill("25");
    await premium.getByLabel("Label the customer reads").fill("Launch offer");
    await premium.getByLabel("Internal reason").fill(REASON);
    // The totals as they will be saved, before saving: 20% of 48,000 less 25%.
    await expect.poll(() => total(rep, "Premium")).toBe("7,200.00 USD");
    expect(await total(rep, "Basic")).toBe("2,880.00 USD");
    await expect.poll(() => rep.locator(".preview .banner").first().textContent()).toContain("An admin will have to approve it");
    await rep.screenshot({ path: "test-results/quote-builder.png", fullPage: true });
    expect(await seriousViolations(rep)).toEqual([]);

    await rep.getByRole("button", { name: "Save draft" }).click();
    await rep.getByRole("heading", { name: /^Quote Q-\d{4}-\d{4}$/ }).waitFor();
    const number = (await rep.getByRole("heading", { level: 1 }).textContent())!.replace("Quote ", "");
    expect(await rep.getByRole("region", { name: "Approval" }).getByRole("status").textContent()).toBe("An admin must approve this quote before it is sent.");
    expect(await rep.getByRole("button", { name: "Send", exact: true }).count()).toBe(0);
    await rep.getByLabel("Note for the admin").fill("They have a competing offer at this price");
    await rep.getByRole("button", { name: "Request approval" }).click();
    await expect.poll(() => rep.getByRole("region", { name: "Approval" }).getByRole("status").textContent()).toMatch(/^Awaiting approval: asked by SALES user on /);

    // The admin finds it in the queue, reached from the nav with a count.
    const admin = await b.page({ role: "ADMIN" });
    await admin.goto(`${b.base}/quotes`);
    await admin.getByRole("link", { name: /^Approvals \d+ awaiting$/ }).click();
    await admin.getByRole("heading", { name: "Approval queue" }).waitFor();
    await admin.getByRole("link", { name: number }).waitFor();
    expect(await seriousViolations(admin), "the approval queue").toEqual([]);
    await admin.getByRole("link", { name: number }).click();
    await admin.getByText("They have a competing offer at this price").waitFor();
    await admin.getByRole("button", { name: "Approve" }).click();
    await expect.poll(() => admin.getByRole("region", { name: "Approval" }).getByRole("status").textContent()).toMatch(/^Approved by ADMIN user on /);

    // The rep sees the outcome and sends it.
    await rep.reload();
    await expect.poll(() => rep.getByRole("region", { name: "Approval" }).getByRole("status").textContent()).toMatch(/^Approved by ADMIN user/);
    await rep.getByRole("button", { name: "Send", exact: true }).click();
    const url = await rep.getByRole("textbox", { name: "Share link", exact: true }).inputValue();
    await rep.screenshot({ path: "test-results/quote-builder-sent.png", fullPage: true });
    expect(await seriousViolations(rep), "the sent quote").toEqual([]);
    expect(await rep.getByRole("region", { name: "Approval" }).getByRole("status").textContent()).toMatch(/^Approved by ADMIN user on /);
    const token = url.split("/q/")[1];

    // The prospect accepts Premium (through the API: the share page's own tests drive its UI).
    const shared = await t.gql(`query($t: String!) { sharedQuote(token: $t) { options { label } } }`, { t: token });
    const premiumIndex = shared.data.sharedQuote.options.findIndex((o: { label: string }) => o.label === "Premium");
    const accepted = await t.gql(`mutation($t: String!, $o: Int) { acceptSharedQuote(token: $t, option: $o, name: "Jane Buyer", acknowledged: true) { status } }`, {
      t: token,
      o: premiumIndex,
    });
    expect(accepted.errors).toBeUndefined();

    await rep.goto(`${b.base}/quotes`);
    await rep.getByLabel("Search").fill(number);
    await expect.poll(() => rep.locator("table.quote-list tbody tr").first().locator("td.amount").textContent()).toBe("Premium: 7,200.00 USD");

    // The customer's page and the PDF carry the label, never the internal reason.
    const prospect = await b.page();
    await prospect.goto(url);
    await prospect.getByText("Launch offer").first().waitFor();
    expect(await prospect.locator("body").textContent()).not.toContain(REASON);
    await rep.goto(`${b.base}/quotes`);
    await rep.getByRole("link", { name: number }).click();
    const pdfUrl = await rep.getByRole("link", { name: "PDF" }).getAttribute("href");
    const pdf = await rep.context().request.get(`${b.base}${pdfUrl}`);
    expect(pdf.status()).toBe(200);
    writeFileSync("test-results/quote-builder.pdf", await pdf.body());
    const text = execFileSync("pdftotext", ["test-results/quote-builder.pdf", "-"], { encoding: "utf8" });
    expect(text).toContain("Launch offer");
    expect(text).not.toContain(REASON);
  });

  it("will not send a Pipe17 Enterprise quote agreed at 1.00 without an admin's approval", async () => {
    const rep = await b.page({ role: "SALES" });
    await rep.goto(`${b.base}/quotes/new`);
    await customer(rep, "pipe17");
    await rep.getByRole("button", { name: "Choose Enterprise Support" }).click();
    await rep.getByLabel("Agreed price for Enterprise Support").fill("1.00");
    await expect.poll(() => total(rep, "Enterprise Support")).toBe("1.00 USD");
    await expect.poll(() => rep.locator(".preview").textContent()).toContain("An admin will have to approve it");
    await rep.getByRole("button", { name: "Save draft" }).click();
    await rep.getByRole("heading", { name: /^Quote Q-\d{4}-\d{4}$/ }).waitFor();
    const blockers = rep.locator(".quote-actions .banner");
    expect(await blockers.textContent()).toMatch(/^Why it cannot be sent yet:/);
    expect(await rep.getByRole("button", { name: "Send", exact: true }).count()).toBe(0);
  });

  it("sends a line still on request only marked 'price to be agreed', and leaves another rep's quote to its owner until an admin reassigns it", async () => {
    const rep = await b.page({ role: "SALES" });
    await rep.goto(`${b.base}/quotes/new`);
    await customer(rep, "pro-support-credits");
    await rep.getByLabel(/^100 credits ×/).fill("2");
    await expect.poll(() => rep.locator(".preview").textContent()).toContain("Still priced on request");
    expect(await rep.getByLabel("Agreed price per 100-credit pack").count()).toBe(1);
    await rep.getByRole("button", { name: "Save draft" }).click();
    await rep.getByRole("heading", { name: /^Quote Q-\d{4}-\d{4}$/ }).waitFor();
    await rep.screenshot({ path: "test-results/quote-builder-packs.png", fullPage: true });
    expect(await rep.locator(".quote-actions .banner").textContent()).toMatch(/^Why it cannot be sent yet:/);
    await rep.getByRole("button", { name: "Send marked “price to be agreed”" }).click();
    await rep.getByRole("textbox", { name: "Share link", exact: true }).waitFor();
    expect(await rep.getByText("Sent with lines marked “price to be agreed”.").count()).toBe(1);
    const quoteUrl = rep.url();
    // Its validity is extended without a revision.
    const later = inDays(45);
    await rep.getByLabel("New last valid day").fill(later);
    await rep.getByRole("button", { name: "Extend validity" }).click();
    await expect.poll(() => rep.getByRole("region", { name: /^Timeline/ }).getByRole("listitem").last().textContent()).toBe(`This quote is valid until: ${new Date(`${later}T00:00:00Z`).toLocaleDateString("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" })}`);

    // Another rep reads it but cannot change it.
    await t.services.auth.createUser({ email: "sam@example.com", name: "Sam Second", role: "SALES", password: "correct horse battery" }, null);
    const other = await b.page();
    await other.goto(`${b.base}/login`);
    await other.getByLabel("Email").fill("sam@example.com");
    await other.getByLabel("Password").fill("correct horse battery");
    await other.getByRole("button", { name: "Sign in" }).click();
    await other.getByRole("heading", { name: "Quotes" }).waitFor();
    await other.goto(quoteUrl);
    await other.getByText("Owner: SALES user").waitFor();
    expect(await other.getByRole("button", { name: "Revise" }).count()).toBe(0);
    expect(await other.getByRole("button", { name: "Copy a new link" }).count()).toBe(0);

    // An admin hands it to them; now it is theirs to revise.
    const admin = await b.page({ role: "ADMIN" });
    await admin.goto(quoteUrl);
    const owner = admin.getByLabel("Owner");
    await owner.locator("option", { hasText: "Sam Second (sales)" }).waitFor({ state: "attached" });
    await owner.selectOption({ label: "Sam Second (sales)" });
    await expect.poll(async () => (await owner.locator("option:checked").textContent()) ?? "").toBe("Sam Second (sales)");
    await other.reload();
    await other.getByText("Owner: Sam Second").waitFor();
    expect(await other.getByRole("button", { name: "Revise" }).count()).toBe(1);
  });

  it("has no serious accessibility violations at desktop and phone widths", async () => {
    for (const width of [1280, 390]) {
      const rep = await b.page({ role: "SALES", width });
      await rep.goto(`${b.base}/quotes/new`);
      await customer(rep, "beesender");
      await rep.getByLabel("License price").fill("50000");
      await rep.getByRole("button", { name: "Offer Business as an alternative" }).click();
      await expect.poll(() => total(rep, "Business")).toBe("5,000.00 USD");
      await rep.screenshot({ path: `test-results/quote-builder-${width}.png`, fullPage: true });
      expect(await seriousViolations(rep), `the builder at ${width}px`).toEqual([]);
      await rep.getByRole("button", { name: "Save draft" }).click();
      await rep.getByRole("region", { name: "Share links" }).or(rep.getByRole("region", { name: /^Timeline/ })).first().waitFor();
      expect(await seriousViolations(rep), `a saved draft at ${width}px`).toEqual([]);
      await rep.goto(`${b.base}/quotes`);
      await rep.locator("table.quote-list tbody tr").first().waitFor();
      expect(await seriousViolations(rep), `the list at ${width}px`).toEqual([]);
    }
  });
});
