import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { startBrowserApp } from "../support/browser.js";

/** A sales rep's day in a real browser: sign in, build a quote, send it, find it again. */
const b = await startBrowserApp();
const t = b.t;

/** The input or select labelled with these words. */
const field = (p: Page, words: string) => p.getByLabel(words, { exact: true });

describe("the sales face", () => {
  it("signs in, builds a discounted quote, sends it and lists it", async () => {
    await t.services.auth.createUser({ email: "rep@example.com", name: "Rita Rep", role: "SALES", password: "correct horse battery" }, null);
    const p = await b.page();
    await p.goto(`${b.base}/quotes`);
    await field(p, "Email").fill("rep@example.com");
    await field(p, "Password").fill("wrong password");
    await p.getByRole("button", { name: "Sign in" }).click();
    await expect.poll(() => p.getByRole("alert").textContent()).toBe("The email or the password is wrong");
    await field(p, "Password").fill("correct horse battery");
    await p.getByRole("button", { name: "Sign in" }).click();
    await p.getByRole("heading", { name: "Quotes" }).waitFor();

    await p.getByRole("link", { name: "New quote" }).first().click();
    await field(p, "Catalog").selectOption("beesender");
    await field(p, "Company").fill("Acme Corp");
    await field(p, "Contact name").fill("Jane Buyer");
    await field(p, "Contact email").fill("jane@acme.example");
    await field(p, "License price").fill("50000");
    // The tiers, priced by the server for this customer, to choose from.
    const tier = (plan: string) => p.locator(`.tier[data-plan="${plan}"] .price`);
    await expect.poll(() => tier("business").textContent()).toBe("5,000.00 USD");
    expect(await tier("premium").textContent()).toBe("10,000.00 USD");
    await p.getByRole("button", { name: "Choose Business" }).click();
    expect(await field(p, "Plan").inputValue()).toBe("business");
    await p.getByRole("button", { name: "Add a discount" }).click();
    await field(p, "Discount on").selectOption("business");
    await field(p, "Value").fill("5");
    await field(p, "Internal reason").fill("Loyal customer");
    await p.getByRole("button", { name: "Save draft" }).click();

    await p.getByRole("heading", { name: /^Quote Q-\d{4}-\d{4}$/ }).waitFor();
    const priced = p.getByRole("article", { name: "Priced Business" });
    await expect.poll(() => priced.locator("tfoot td").textContent()).toBe("4,750.00 USD");
    // The reason is for staff; the customer-facing line names what the discount reduces.
    expect(await priced.textContent()).toContain("Discount on Business");
    await p.screenshot({ path: "test-results/sales-quote.png", fullPage: true });

    await p.getByRole("button", { name: "Send" }).click();
    const link = await p.getByRole("textbox", { name: "Share link", exact: true }).inputValue();
    expect(link).toMatch(new RegExp(`^${b.base}/q/[A-Za-z0-9_-]{32}$`));

    await p.getByRole("link", { name: "Quotes" }).first().click();
    await field(p, "Search").fill("acme");
    await expect.poll(() => p.locator("table.matrix tbody tr").first().textContent()).toMatch(/^Q-\d{4}-\d{4}Acme CorpJane BuyerBeesendersentuntil .*Rita Rep4,750.00 USD$/);
  });

  it("shows the server's refusal in words and keeps what was typed", async () => {
    const p = await b.page({ role: "SALES" });
    await p.goto(`${b.base}/quotes/new`);
    await field(p, "Catalog").selectOption("beesender");
    await field(p, "Company").fill("Acme Corp");
    await field(p, "Contact name").fill("Jane Buyer");
    await field(p, "Contact email").fill("jane@acme.example");
    await field(p, "Plan").selectOption("premium");
    // Said before saving, by the server's preview, next to the field it names; and again when saving.
    const licenseError = p.locator(".field", { has: field(p, "License price") }).getByRole("alert");
    await expect.poll(() => licenseError.textContent()).toBe("Premium is priced at 20% of the license price: give licensePrice");
    expect(await p.getByRole("region", { name: "As it will be saved" }).getByRole("alert").textContent()).toBe("Not priced yet: see the field marked.");
    await p.getByRole("button", { name: "Save draft" }).click();
    await p.getByText("Not saved: see the field marked.").waitFor();
    expect(await licenseError.textContent()).toBe("Premium is priced at 20% of the license price: give licensePrice");
    expect(await field(p, "Company").inputValue()).toBe("Acme Corp");
  });
});
