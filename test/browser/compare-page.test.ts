import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { seriousViolations } from "../support/axe.js";
import { scrollToFoot, startBrowserApp } from "../support/browser.js";

/** The comparison page walked as a prospect would, in Debian's Chromium against the real server. */
const b = await startBrowserApp();

async function open(path: string, width = 1280): Promise<{ page: Page; requested: string[] }> {
  const page = await b.page({ width, height: 900 });
  const requested: string[] = [];
  page.on("request", (r) => requested.push(new URL(r.url()).pathname));
  await page.goto(b.base + path);
  await page.getByRole("heading", { level: 1 }).waitFor();
  return { page, requested };
}

const priceOf = (page: Page, plan: string) => page.locator(`.price-row td[data-plan="${plan}"] .price`);

describe("the Beesender comparison, priced from the address", () => {
  it("prices the tiers for the license price in the address, and keeps them after a reload", async () => {
    const { page, requested } = await open("/compare/beesender?licensePrice=50000");
    await expect.poll(() => priceOf(page, "business").textContent()).toBe("5,000.00 USD");
    expect(await priceOf(page, "premium").textContent()).toBe("10,000.00 USD");
    expect(await page.getByLabel("License price (USD)").inputValue()).toBe("50000");
    await page.reload();
    await expect.poll(() => priceOf(page, "premium").textContent()).toBe("10,000.00 USD");
    // Only the figures this catalog uses are asked for.
    expect(await page.getByLabel("Agents").count()).toBe(0);
    expect(await page.getByLabel(/Project budget/).count()).toBe(0);
    // The public page downloads neither the other faces nor what the visitor has not opened.
    expect(requested.filter((r) => /SalesFace|AdminFace|SharedQuotePage|CreditEstimator/.test(r))).toEqual([]);
  });

  it("writes the figures typed into the address, so the priced comparison can be shared", async () => {
    const { page } = await open("/compare/beesender");
    await page.getByLabel("License price (USD)").fill("80000");
    await page.getByLabel("Term").selectOption("2");
    await expect.poll(() => new URL(page.url()).search).toBe("?licensePrice=80000&termYears=2");
    await expect.poll(() => priceOf(page, "premium").textContent()).toBe("32,000.00 USD");
    const shared = await b.page({ width: 1280 });
    await shared.goto(page.url());
    await expect.poll(() => priceOf(shared, "premium").textContent()).toBe("32,000.00 USD");
    expect(await shared.getByRole("columnheader", { name: /Price for 2 years/ }).count() + (await shared.getByRole("rowheader", { name: "Price for 2 years" }).count())).toBe(1);
  });

  it("hides the rows that read the same for every plan when asked for differences only", async () => {
    const { page } = await open("/compare/beesender?licensePrice=50000");
    const row = (name: RegExp) => page.getByRole("row", { name });
    expect(await row(/^Case registration time/).count()).toBe(1);
    await page.getByLabel("Differences only").check();
    await expect.poll(() => row(/^Case registration time/).count()).toBe(0);
    expect(await row(/Number of authorized contacts/).textContent()).toContain("2515");
    expect(await page.getByRole("status").filter({ hasText: /rows that read the same/ }).textContent()).toMatch(/^\d+ rows that read the same for every plan are hidden\.$/);
  });

  it("says when each tier would answer a P1 sent now, in the visitor's zone", async () => {
    const { page } = await open("/compare/beesender?licensePrice=50000&tz=%2B02:00");
    await scrollToFoot(page);
    const section = page.getByRole("region", { name: "When would they answer?" });
    await section.getByLabel("Priority").selectOption("p1");
    const line = (plan: string) => section.locator(`li[data-plan="${plan}"]`);
    await expect.poll(() => line("premium").textContent()).toMatch(/^Premium: first response by \w{3} \d{1,2} \w{3}, \d{2}:\d{2} \(\+02:00\) \(1 business hour\)$/);
    expect(await line("basic").textContent()).toMatch(/\(4 business hours, counted in support hours, \+02:00\)$/);
    // A P1 sent at a time the visitor picks: Monday 10:00 at +02:00 is answered by Business within the hour.
    await section.getByLabel(/Ticket sent/).fill("2026-12-07T10:00");
    await expect.poll(() => line("business").textContent()).toBe("Business: first response by Mon 7 Dec, 11:00 (+02:00) (1 business hour, counted in support hours, +02:00)");
  });

  it("finds the plan that answers a P1 within 1 business hour every day, cheapest first", async () => {
    const { page, requested } = await open("/compare/beesender?licensePrice=50000");
    expect(requested.filter((r) => r.includes("PlanFinder"))).toEqual([]);
    const finder = page.getByRole("region", { name: "Which plan fits me?" });
    await finder.getByRole("button", { name: "Find my plan" }).click();
    await finder.getByLabel("Answer priority").selectOption("p1");
    await finder.getByLabel("Within").fill("1");
    await finder.getByLabel("Support on").selectOption("EVERY_DAY");
    await finder.getByRole("button", { name: "Find my plan" }).click();
    const fits = finder.locator("ol.fits > li");
    await expect.poll(() => fits.first().textContent()).toMatch(/^Business: fits, 5,000\.00 USDBest match/);
    expect(await fits.nth(1).textContent()).toMatch(/^Premium: fits, 10,000\.00 USD/);
    expect(await fits.nth(2).textContent()).toMatch(/^Basic: falls short/);
    await page.screenshot({ path: "test-results/compare-finder.png", fullPage: true });
  });

  it("requests a quote for a tier with the figures on the page, and shows the receipt's reference", async () => {
    const { page, requested } = await open("/compare/beesender?licensePrice=50000");
    expect(requested.filter((r) => r.includes("RequestQuoteForm"))).toEqual([]);
    await page.getByRole("button", { name: "Request a quote for Business" }).click();
    const form = page.getByRole("form", { name: "Request a quote: Business" });
    await form.getByLabel("Company").fill("Acme Corp");
    await form.getByLabel("Your name").fill("Jane Buyer");
    await form.getByLabel("Email").fill("not-an-address");
    // The browser's own check is bypassed so the server's refusal shows next to the field.
    await form.evaluate((f: HTMLFormElement) => (f.noValidate = true));
    await form.getByRole("button", { name: "Send the request" }).click();
    await expect.poll(() => form.locator(".field.invalid").textContent()).toBe('Email"not-an-address" is not an email address');
    await form.getByLabel("Email").fill("jane@acme.example");
    await form.getByRole("button", { name: "Send the request" }).click();
    const receipt = page.getByRole("status").filter({ hasText: "your request is in" });
    await expect.poll(() => receipt.textContent()).toMatch(/Your reference is R-\d{4}-\d{4}\. Our sales team answers by email at jane@acme\.example\./);
    const reference = /R-\d{4}-\d{4}/.exec((await receipt.textContent())!)![0];
    const sales = await b.t.signIn("SALES");
    const listed = await sales.gql(`{ quoteRequests(first: 50) { requests { reference planKey company total figures { licensePrice termYears } } } }`);
    expect(listed.data.quoteRequests.requests.find((r: { reference: string }) => r.reference === reference)).toEqual({
      reference,
      planKey: "business",
      company: "Acme Corp",
      total: "5000.00",
      figures: { licensePrice: "50000", termYears: 1 },
    });
  });

  it("works by keyboard: differences only, and a quote request opened and sent without a mouse", async () => {
    const { page } = await open("/compare/beesender?licensePrice=50000");
    await expect.poll(() => priceOf(page, "business").textContent()).toBe("5,000.00 USD");
    await page.getByLabel("Differences only").focus();
    await page.keyboard.press("Space");
    await expect.poll(() => page.getByRole("row", { name: /^Case registration time/ }).count()).toBe(0);
    await page.getByRole("button", { name: "Request a quote for Premium" }).focus();
    await page.keyboard.press("Enter");
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe("Request a quote: Premium");
    for (const text of ["Initech", "Peter Gibbons", "peter@initech.example"]) {
      await page.keyboard.press("Tab");
      await page.keyboard.type(text);
    }
    await page.keyboard.press("Enter");
    await expect.poll(() => page.getByRole("status").filter({ hasText: "your request is in" }).count()).toBe(1);
  });

  it("reaches the sections below the plans by keyboard, loading them on the way", async () => {
    const { page } = await open("/compare/beesender?licensePrice=50000");
    await page.getByRole("button", { name: "Find my plan" }).focus();
    // Focusing scrolls; what follows is either the button standing for the sections or the sections themselves.
    await expect.poll(() => page.evaluate(() => Boolean(document.querySelector(".below-fold button") ?? document.getElementById("sla-heading")))).toBe(true);
    await page.keyboard.press("Tab");
    const sla = page.getByRole("region", { name: "When would they answer?" });
    await sla.waitFor();
    // Focus lands on the sections' start (or already on their first field); the next Tab is inside them.
    if (await page.evaluate(() => document.activeElement?.classList.contains("when-near"))) await page.keyboard.press("Tab");
    await expect.poll(() => sla.evaluate((el) => el.contains(document.activeElement))).toBe(true);
  });

  it("draws each tier's yearly price against the license price, as an image with its figures in words", async () => {
    const { page } = await open("/compare/beesender?licensePrice=50000");
    await scrollToFoot(page);
    const chart = page.getByRole("img", { name: /Yearly price of each plan by license price/ });
    await chart.waitFor();
    await expect.poll(() => page.locator("#chart-desc").textContent()).toContain("Premium 20,000.00 USD at 100,000 USD");
  });

  it("passes axe (no serious or critical violations) at 1280 px", async () => {
    const { page } = await open("/compare/beesender?licensePrice=50000");
    await expect.poll(() => priceOf(page, "business").textContent()).toBe("5,000.00 USD");
    // Axe reads the whole page, the sections that load on the way down included.
    await scrollToFoot(page);
    await page.getByRole("region", { name: "When would they answer?" }).waitFor();
    await page.evaluate(() => window.scrollTo(0, 0));
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: "test-results/compare-desktop.png", fullPage: false });
  });
});

describe("a catalog with a post-project guarantee (Aimaras)", () => {
  it("dates the guarantee and the paid support from the go-live date in the address", async () => {
    const { page } = await open("/compare/aimaras?projectBudget=80000&goLive=2027-03-01");
    await scrollToFoot(page);
    expect(await page.getByLabel("Go-live date").inputValue()).toBe("2027-03-01");
    await expect.poll(() => page.getByText(/^Guarantee from/).textContent()).toBe("Guarantee from 1 Mar 2027 to 29 May 2027; paid support from 30 May 2027 to 29 May 2028.");
    expect(await page.getByText(/Your budget gets/).textContent()).toBe("Your budget gets 90 days of free guarantee.");
  });
});

describe("a long catalog (Pipe17)", () => {
  it("keeps the plan headings, with their calls to action, in view while the rows scroll by", async () => {
    const { page } = await open("/compare/pipe17");
    const heading = page.getByRole("columnheader", { name: /^Enterprise/ });
    await heading.waitFor();
    const before = (await heading.boundingBox())!.y;
    expect(before).toBeGreaterThan(100);
    await page.mouse.wheel(0, 1200);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(1000);
    // Stuck to the top of the window, not scrolled away with the rows.
    expect(Math.round((await heading.boundingBox())!.y)).toBe(0);
    expect(await heading.getByRole("button", { name: "Request a quote for Enterprise" }).isVisible()).toBe(true);
    // Premium is an add-on: it is requested through the tier that takes it.
    expect(await page.getByRole("columnheader", { name: /^Premium/ }).getByRole("button").textContent()).toMatch(/^Request with /);
  });
});

describe("the comparison on a phone (390 px)", () => {
  it("shows one card per tier with its rows, a two-plan view, no sideways scrolling, and passes axe", async () => {
    const { page } = await open("/compare/beesender?licensePrice=50000", 390);
    const card = (name: string) => page.getByRole("article", { name });
    await expect.poll(() => card("Business").locator(".price").textContent()).toBe("5,000.00 USD");
    expect(await card("Premium").getByText("Number of authorized contacts eligible to submit support cases").count()).toBe(1);
    expect(await page.locator("table.compare-table").count()).toBe(0);
    const compareTwo = page.getByRole("region", { name: "Compare two plans" });
    await compareTwo.getByLabel("Second plan").selectOption("premium");
    expect(await compareTwo.getByRole("columnheader").allTextContents()).toEqual(["Basic", "Premium"]);
    await scrollToFoot(page);
    await page.getByRole("region", { name: "When would they answer?" }).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole("form", { name: "Your figures" }).evaluate((form) => form.scrollIntoView());
    await page.screenshot({ path: "test-results/compare-phone.png", fullPage: false });
  });
});

describe("a credit catalog", () => {
  it("lists the request categories with their credits and confirmation rule, and estimates credits when asked", async () => {
    const { page, requested } = await open("/compare/pro-support-credits");
    await scrollToFoot(page);
    const categories = page.getByRole("region", { name: "What a request costs in credits" });
    expect(await categories.getByRole("row", { name: /^Explanation/ }).textContent()).toContain("Answered without confirmation");
    expect(requested.filter((r) => r.includes("CreditEstimator"))).toEqual([]);
    await categories.getByRole("button", { name: "Estimate the credits I need" }).click();
    await page.getByLabel(/Explanation.*requests/).fill("2");
    await expect.poll(() => page.locator(".estimate").textContent()).toMatch(/^10 credits: buy 1 × 25 credits/);
  });
});

describe("one fact, one place", () => {
  it("shows an admin's new Severity A target for Aimaras Basic once, in the row and in the due times", async () => {
    const admin = await b.t.signIn("ADMIN");
    const draft = await admin.gql(`{ catalogDraft(slug: "aimaras") { revision } }`);
    const target = (priorityKey: string, amount: string) => ({ priorityKey, amount, unit: "BUSINESS_HOURS" });
    const edited = await admin.gql(
      `mutation($revision: Int!, $plan: PlanInput!) { updatePlan(slug: "aimaras", revision: $revision, key: "basic", plan: $plan) { revision } }`,
      {
        revision: draft.data.catalogDraft.revision,
        plan: {
          key: "basic",
          name: "Basic",
          pricing: { kind: "PERCENT_OF_PROJECT_BUDGET", percent: "6", period: "YEAR" },
          slaTargets: [target("a", "4"), target("b", "12"), target("c", "16"), target("d", "16")],
        },
      },
    );
    expect(edited.errors).toBeUndefined();
    const published = await admin.gql(`mutation($revision: Int!) { publishCatalog(slug: "aimaras", revision: $revision) { publishedVersion } }`, { revision: edited.data.updatePlan.revision });
    expect(published.errors).toBeUndefined();

    const { page } = await open("/compare/aimaras");
    const rows = page.getByRole("row", { name: /Severity A/ });
    await expect.poll(() => rows.count()).toBe(1);
    // The row is the vendor's "working hours" row, now derived from the target: it reads the new 4.
    expect(await rows.locator("td").first().textContent()).toBe("4");
    await scrollToFoot(page);
    const widget = page.getByRole("region", { name: "When would they answer?" });
    await expect.poll(() => widget.locator('li[data-plan="basic"]').textContent()).toMatch(/\(4 business hours, counted in support hours/);
  });
});
