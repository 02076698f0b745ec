import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { seriousViolations } from "../support/axe.js";
import { startBrowserApp } from "../support/browser.js";

/** Issue 7/8, the admin face: publishing asks first; users, settings and the outbox have screens. */
const b = await startBrowserApp();
const t = b.t;

async function adminAt(path: string, width = 1280): Promise<Page> {
  const p = await b.page({ role: "ADMIN", width });
  await p.goto(`${b.base}${path}`);
  return p;
}

describe("the admin screens", () => {
  it("publishing asks to confirm: Escape cancels and nothing is published; confirming publishes and the public page follows", async () => {
    const admin = await t.signIn("ADMIN");
    const { revision } = (await admin.gql(`{ catalogDraft(slug: "beesender") { revision } }`)).data.catalogDraft;
    const renamed = await admin.gql(`mutation($r: Int!) { updateCatalogInfo(slug: "beesender", revision: $r, info: { name: "Beesender Support" }) { revision } }`, { r: revision });
    expect(renamed.errors).toBeUndefined();

    const p = await adminAt("/admin/catalogs/beesender");
    await p.getByRole("button", { name: "Publish…" }).click();
    const dialog = p.getByRole("dialog", { name: "Publish version 2?" });
    await dialog.waitFor();
    await expect.poll(() => dialog.locator("li").allTextContents()).toContain("Name: Beesender → Beesender Support");
    // Focus is in the dialog, on Cancel: Enter or a double click cannot publish.
    expect(await p.evaluate(() => document.activeElement?.textContent)).toBe("Cancel");
    await p.screenshot({ path: "test-results/admin-publish-dialog.png" });
    expect(await seriousViolations(p)).toEqual([]);

    await p.keyboard.press("Escape");
    await expect.poll(() => dialog.count()).toBe(0);
    expect((await admin.gql(`{ catalogVersions(slug: "beesender") { number } }`)).data.catalogVersions.map((v: any) => v.number)).toEqual([1]);

    await p.getByRole("button", { name: "Publish…" }).click();
    await p.getByRole("button", { name: "Publish version 2" }).click();
    await expect.poll(() => p.getByRole("status").last().textContent()).toBe("Published version 2: the public page shows it now.");

    const pub = await b.page();
    await pub.goto(`${b.base}/compare/beesender`);
    await expect.poll(() => pub.getByRole("heading", { level: 1 }).textContent()).toBe("Beesender Support");
  });

  it("the publish dialog fits a phone and passes axe there", async () => {
    const p = await adminAt("/admin/catalogs/pipe17", 390);
    await p.getByRole("button", { name: "Publish…" }).click();
    const dialog = p.getByRole("dialog", { name: "Publish version 2?" });
    await dialog.waitFor();
    expect(await seriousViolations(p)).toEqual([]);
    const box = (await dialog.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(390);
    await p.screenshot({ path: "test-results/admin-publish-dialog-390.png" });
    await p.keyboard.press("Escape");
    await expect.poll(() => dialog.count()).toBe(0);
  });

  it("creates a user, with the refusal next to the field, who then signs in", async () => {
    const p = await adminAt("/admin/users");
    const form = p.getByRole("form", { name: "New user" });
    await form.getByLabel("Name").fill("Nina Newhire");
    await form.getByLabel("Email").fill("nina@tierwise.test");
    await form.getByLabel("Initial password").fill("short");
    await form.getByRole("button", { name: "Create the user" }).click();
    // The error is read with the field (aria-describedby) and sits next to it.
    await expect.poll(() => form.getByRole("alert").textContent()).toBe("A password has at least 10 characters");
    expect(await form.getByLabel("Initial password").getAttribute("aria-invalid")).toBe("true");

    await form.getByLabel("Initial password").fill("a long enough password");
    await form.getByRole("button", { name: "Create the user" }).click();
    await expect.poll(() => form.getByRole("status").textContent()).toBe("Created Nina Newhire: they sign in as nina@tierwise.test with the password given.");
    await p.getByRole("heading", { name: "Nina Newhire" }).waitFor();

    const nina = await b.page();
    await nina.goto(`${b.base}/login`);
    await nina.getByLabel("Email").fill("nina@tierwise.test");
    await nina.getByLabel("Password").fill("a long enough password");
    await nina.getByRole("button", { name: "Sign in" }).click();
    await expect.poll(() => nina.getByText("Nina Newhire (sales)").count()).toBe(1);
  });

  it("changes the organisation's zone; a zone the server does not know is said next to the field", async () => {
    const p = await adminAt("/admin/settings");
    const zone = p.getByLabel("Time zone of the organisation");
    await zone.fill("Mars/Base");
    await p.getByRole("button", { name: "Save the settings" }).click();
    await expect.poll(() => p.getByRole("alert").textContent()).toBe('"Mars/Base" is not a time zone (use an IANA name such as "Europe/Rome" or an offset such as "+03:00")');

    await zone.fill("Europe/Rome");
    await p.getByRole("button", { name: "Save the settings" }).click();
    await expect.poll(() => p.getByRole("status").textContent()).toBe("Saved. New quotes default to Europe/Rome, and quote numbers take their year from it.");
    const admin = await t.signIn("ADMIN");
    expect((await admin.gql(`{ settings { timeZone } }`)).data.settings.timeZone).toBe("Europe/Rome");
  });

  it("shows the customer's email in the outbox once a quote is sent, with its text on opening", async () => {
    const rep = await t.signIn("SALES");
    const input = { catalogSlug: "beesender", customer: { company: "Outbox Ltd", name: "Olive Buyer", email: "olive@outbox.example" }, licensePrice: "50000", options: [{ planKey: "business" }] };
    const q = (await rep.gql(`mutation($input: QuoteInput!) { createQuote(input: $input) { id lockVersion number } }`, { input })).data.createQuote;
    const sent = await rep.gql(`mutation($id: ID!, $v: Int!) { sendQuote(id: $id, lockVersion: $v) { link { url } } }`, { id: q.id, v: q.lockVersion });
    const url = sent.data.sendQuote.link.url as string;

    const p = await adminAt("/admin/outbox");
    const message = p.locator("li.message", { hasText: "to olive@outbox.example" });
    await message.locator(".message-subject", { hasText: `your quote ${q.number}` }).click();
    await expect.poll(() => message.locator("pre").textContent()).toContain(url);
    expect(await message.textContent()).toContain("queued");
    expect(await message.textContent()).toContain("Queued: not sent yet");
  });

  it("passes axe at desktop and phone widths on each screen, and the sub-navigation marks where one is", async () => {
    for (const width of [1280, 390]) {
      for (const [path, heading] of [
        ["/admin/users", "Users"],
        ["/admin/settings", "Settings"],
        ["/admin/outbox", "Outbox"],
        ["/admin", "Catalogs"],
      ]) {
        const p = await adminAt(path, width);
        await p.getByRole("heading", { level: 1, name: heading }).waitFor();
        expect(await p.getByRole("navigation", { name: "Admin" }).locator('[aria-current="page"]').textContent()).toBe(heading);
        // One way into the admin area from the sales navigation, not a second "Catalogs" link.
        expect(await p.getByRole("navigation", { name: "Sales" }).locator('[aria-current="page"]').textContent()).toBe("Admin");
        expect(await p.getByRole("link", { name: "Catalogs", exact: true }).count()).toBe(1);
        expect(await seriousViolations(p), `${path} at ${width}px`).toEqual([]);
        await p.screenshot({ path: `test-results/admin-${path.split("/").pop()}-${width}.png`, fullPage: true });
        // Nothing wider than the screen on a phone.
        expect(await p.evaluate(() => document.documentElement.scrollWidth), `${path} at ${width}px`).toBeLessThanOrEqual(width);
        await p.close();
      }
    }
  });

  it("moves between the sections with the keyboard alone", async () => {
    const p = await adminAt("/admin");
    const nav = p.getByRole("navigation", { name: "Admin" });
    await nav.getByRole("link", { name: "Users" }).focus();
    await p.keyboard.press("Enter");
    await p.getByRole("heading", { level: 1, name: "Users" }).waitFor();
    await p.keyboard.press("Tab");
    await p.keyboard.press("Enter");
    await p.getByRole("heading", { level: 1, name: "Settings" }).waitFor();
    expect(new URL(p.url()).pathname).toBe("/admin/settings");
  });
});
