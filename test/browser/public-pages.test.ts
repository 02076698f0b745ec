import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { scrollToFoot, startBrowserApp } from "../support/browser.js";

/**
 * The public faces in a real browser (Debian's Chromium, driven by playwright-core) against
 * the real server serving the built client. Screenshots go to test-results/ for a person to look at.
 */
const b = await startBrowserApp();
const t = b.t;

async function page(path: string): Promise<{ page: Page; requested: string[] }> {
  const p = await b.page({ height: 900 });
  const requested: string[] = [];
  p.on("request", (r) => requested.push(new URL(r.url()).pathname));
  await p.goto(b.base + path);
  return { page: p, requested };
}

describe("the comparison page", () => {
  it("prices each Beesender tier for the license price a prospect types", async () => {
    const { page: p, requested } = await page("/compare/beesender");
    await p.getByRole("heading", { name: "Beesender", exact: true }).waitFor();
    await p.getByLabel("License price (USD)").fill("50000");
    const cell = (plan: string) => p.locator(`.price-row td[data-plan="${plan}"] .price`);
    await expect.poll(() => cell("business").textContent()).toBe("5,000.00 USD");
    expect(await cell("premium").textContent()).toBe("10,000.00 USD");
    expect(await cell("basic").textContent()).toBe("Free");
    await p.getByLabel("Term").selectOption("2");
    await expect.poll(() => cell("premium").textContent()).toBe("20,000.00 USD");
    expect(await p.getByRole("row", { name: /Number of authorized contacts/ }).textContent()).toContain("2515");
    await p.screenshot({ path: "test-results/compare-beesender.png", fullPage: true });
    // The public page does not download the other faces.
    expect(requested.filter((r) => /SharedQuotePage|SalesFace|AdminFace/.test(r))).toEqual([]);
  });

  it("flags a plan that does not fit the prospect's figures, with the reason", async () => {
    const { page: p } = await page("/compare/pingstreams");
    await p.getByLabel("Agents").fill("12");
    await expect.poll(() => p.getByLabel("Pro does not fit").textContent()).toBe("Pro is for less than 10 agents; 12 given");
  });

  it("shows the guarantee days for the budget typed", async () => {
    const { page: p } = await page("/compare/aimaras");
    await p.getByLabel("Project budget (USD)").fill("80000");
    await scrollToFoot(p);
    await expect.poll(() => p.getByText(/Your budget gets/).textContent()).toBe("Your budget gets 90 days of free guarantee.");
    await p.screenshot({ path: "test-results/compare-aimaras.png", fullPage: true });
  });

  it("says so for an unknown catalog", async () => {
    const { page: p } = await page("/compare/nope");
    await p.getByRole("heading", { name: "No such catalog" }).waitFor();
  });
});

describe("a quote behind its share link", () => {
  it("is accepted by the prospect, who picks an alternative (none is picked for them) and types a name", async () => {
    const sales = await t.signIn("SALES");
    const created = await sales.gql(
      `mutation($input: QuoteInput!) { createQuote(input: $input) { id lockVersion } }`,
      {
        input: {
          catalogSlug: "beesender",
          customer: { company: "Acme Corp", name: "Jane Buyer", email: "jane@acme.example" },
          licensePrice: "50000",
          timeZone: "Asia/Tokyo",
          options: [
            { label: "Good", planKey: "basic" },
            { label: "Better", planKey: "business" },
          ],
        },
      },
    );
    const { id, lockVersion } = created.data.createQuote;
    const sent = await sales.gql(`mutation($id: ID!, $v: Int!) { sendQuote(id: $id, lockVersion: $v) { link { token } } }`, { id, v: lockVersion });
    const { token } = sent.data.sendQuote.link;

    const { page: p } = await page(`/q/${token}`);
    await p.getByRole("heading", { name: /Quote Q-\d{4}-\d{4} for Acme Corp/ }).waitFor();
    expect(await p.getByRole("radio", { checked: true }).count()).toBe(0);
    await p.getByLabel("Better: Business").check();
    await p.getByLabel("Your full name").fill("Jane Buyer");
    await p.getByLabel("I have read the exclusions and warranty clauses of Business").check();
    await p.screenshot({ path: "test-results/shared-quote.png", fullPage: true });
    await p.getByRole("button", { name: "Accept this quote" }).click();
    await expect.poll(() => p.getByRole("status").textContent()).toMatch(/^Accepted by Jane Buyer on \d{1,2} \w{3} \d{4}, \d\d:\d\d \(Asia\/Tokyo\), choosing Better: Business\. Thank you! Beesender has been told\.$/);
    const stored = await sales.gql(`query($id: ID!) { quote(id: $id) { status acceptedOption decidedByName } }`, { id });
    expect(stored.data.quote).toEqual({ status: "ACCEPTED", acceptedOption: 1, decidedByName: "Jane Buyer" });
  });

  it("says a withdrawn link opens nothing", async () => {
    const { page: p } = await page("/q/not-a-real-token");
    await expect.poll(() => p.getByRole("alert").textContent()).toBe(
      "This link does not open a quote; it may have been withdrawn. Ask your contact for a new one.",
    );
  });
});
