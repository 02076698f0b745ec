import { describe, expect, it } from "vitest";
import { startBrowserApp } from "../support/browser.js";

/** An admin edits a catalog's matrix in a real browser, sees the changes in words, and publishes. */
const b = await startBrowserApp();
const t = b.t;
const signedIn = (role: "ADMIN" | "SALES") => b.page({ role });

describe("the admin face", () => {
  it("changes a price and a cell on the draft, shows the changes, publishes, and the public page follows", async () => {
    const p = await signedIn("ADMIN");
    await p.goto(`${b.base}/admin`);
    await p.getByRole("link", { name: "Beesender" }).click();
    await p.getByRole("heading", { name: "Beesender" }).waitFor();
    expect(await p.getByText("Draft revision 1 · published version 1").count()).toBe(1);

    await p.getByRole("tab", { name: "Plans and prices" }).click();
    await p.getByLabel("Plan", { exact: true }).selectOption("business");
    await p.getByLabel("Percent a year").fill("12");
    await p.getByRole("button", { name: "Save the plan" }).click();
    await expect.poll(() => p.getByText("Draft revision 2").count()).toBe(1);
    await p.getByRole("tab", { name: "Rows and cells" }).click();
    await p.getByLabel("Meetings with developers, Business").selectOption("yes");
    await expect.poll(() => p.getByText("Draft revision 3").count()).toBe(1);
    const changes = p.locator(".card", { hasText: "Changes since version 1" });
    await expect.poll(() => changes.locator("li").allTextContents()).toEqual([
      "Business: 10% → 12% of the license price",
      "Business · Meetings with developers: ✗ → ✓",
    ]);
    await p.screenshot({ path: "test-results/admin-draft.png", fullPage: true });

    await p.getByRole("button", { name: "Publish…" }).click();
    await p.getByRole("dialog").getByRole("button", { name: "Publish version 2" }).click();
    await expect.poll(() => p.getByRole("status").filter({ hasText: "Published" }).textContent()).toBe("Published version 2: the public page shows it now.");

    // The history: version 2 by this admin, what changed from 1 to 2, and the audit log.
    await expect.poll(() => p.getByText(/^Version 2, .* by admin-/).count()).toBe(1);
    await p.locator("label").filter({ hasText: /^To/ }).locator("select").selectOption("2");
    await expect.poll(() => p.getByLabel("Differences").locator("li").allTextContents()).toEqual([
      "Business: 10% → 12% of the license price",
      "Business · Meetings with developers: ✗ → ✓",
    ]);
    expect(await p.locator(".card", { hasText: "Audit log" }).textContent()).toContain("Updated the plan");

    const pub = await b.page();
    await pub.goto(`${b.base}/compare/beesender`);
    await pub.getByLabel("License price (USD)").fill("50000");
    await expect.poll(() => pub.locator('.price-row td[data-plan="business"] .price').textContent()).toBe("6,000.00 USD");
  });

  it("imports a catalog from an exported document", async () => {
    const admin = await t.signIn("ADMIN");
    const exported = (await admin.gql(`{ exportCatalog(slug: "pipe17") }`)).data.exportCatalog;
    const p = await signedIn("ADMIN");
    await p.goto(`${b.base}/admin`);
    await p.getByLabel("publish it").check();
    await p.locator('input[type="file"]').setInputFiles({
      name: "pipe17-copy.json",
      mimeType: "application/json",
      buffer: Buffer.from(JSON.stringify({ ...exported, slug: "pipe17-copy", name: "Pipe17 copy" })),
    });
    await expect.poll(() => p.getByRole("status").textContent()).toBe("Imported pipe17-copy, published as version 1.");
    await p.getByRole("link", { name: "Pipe17 copy" }).waitFor();
    await p.locator('input[type="file"]').setInputFiles({ name: "broken.json", mimeType: "application/json", buffer: Buffer.from("{ not json") });
    await expect.poll(() => p.getByRole("status").textContent()).toBe("broken.json is not a JSON document");
  });

  it("saves the whole draft edited as JSON, and refuses one that does not validate", async () => {
    const p = await signedIn("ADMIN");
    await p.goto(`${b.base}/admin/catalogs/tiledesk`);
    await p.getByRole("tab", { name: "JSON" }).click();
    const editor = p.getByLabel("Draft as JSON");
    const doc = JSON.parse(await editor.inputValue());
    doc.plans[0].limits[0].value = "8";
    await editor.fill(JSON.stringify(doc, null, 2));
    await p.getByRole("button", { name: "Save the draft" }).click();
    await expect.poll(() => p.getByRole("status").textContent()).toBe("Saved the whole draft (JSON).");
    await expect.poll(() => p.getByText("Draft revision 2").count()).toBe(1);
    await expect.poll(() => p.locator(".card", { hasText: "Changes since version 1" }).locator("li").allTextContents()).toEqual([
      "Pro: eligibility less than 10 agents, less than 5 bots → less than 8 agents, less than 5 bots",
    ]);

    doc.currency = "XXQ";
    await editor.fill(JSON.stringify(doc, null, 2));
    await p.getByRole("button", { name: "Save the draft" }).click();
    await expect.poll(() => p.getByRole("alert").textContent()).toContain('currency: "XXQ" is not an ISO 4217 currency code such as USD');
  });

  it("refuses an edit that breaks the catalog, in words, and changes nothing", async () => {
    const p = await signedIn("ADMIN");
    await p.goto(`${b.base}/admin/catalogs/aimaras`);
    await p.getByRole("tab", { name: "Plans and prices" }).click();
    await p.getByLabel("Plan", { exact: true }).selectOption("business");
    const percent = p.getByLabel("Percent a year");
    // Not a number: said next to the field as it is typed, and nothing can be sent.
    await percent.fill("abc");
    expect(await p.locator(".field", { has: percent }).locator(".field-error").textContent()).toBe("Write the percent as a number");
    expect(await p.getByRole("button", { name: "Save the plan" }).isDisabled()).toBe(true);
    // A number the catalog refuses: the server's problem, next to the same field.
    await percent.fill("0");
    await p.getByRole("button", { name: "Save the plan" }).click();
    await expect
      .poll(() => p.locator(".field", { has: percent }).locator(".field-error").textContent())
      .toBe("Business: the percent must be above 0 with at most 4 decimals");
    expect(await p.getByText("Draft revision 1").count()).toBe(1);
  });

  it("keeps sales reps out", async () => {
    const p = await signedIn("SALES");
    await p.goto(`${b.base}/admin`);
    await expect.poll(() => p.getByRole("alert").textContent()).toBe("This part is for admins; you are signed in as sales.");
  });
});
