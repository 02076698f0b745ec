import { describe, expect, it } from "vitest";
import { startBrowserApp } from "../support/browser.js";

/**
 * The page over plain HTTP on a host name other than loopback, as on a LAN
 * (tierwise.lan is mapped to 127.0.0.1 inside Chromium): Chromium treats localhost as
 * secure, so only a real name shows whether the page asks for HTTPS it cannot have.
 */
const b = await startBrowserApp({
  chromiumArgs: ["--host-resolver-rules=MAP tierwise.lan 127.0.0.1", "--disable-features=HttpsUpgrades"],
});

describe("the client over plain HTTP at http://tierwise.lan", () => {
  it("loads its scripts and shows the catalogs", async () => {
    const page = await b.page();
    const failed: string[] = [];
    page.on("requestfailed", (r) => failed.push(r.url()));
    const url = b.base.replace("127.0.0.1", "tierwise.lan");
    const response = await page.goto(`${url}/compare/beesender`);
    await page.getByRole("heading", { name: "Beesender" }).waitFor();
    expect(failed).toEqual([]);
    expect(response?.headers()["content-security-policy"]).not.toContain("upgrade-insecure-requests");
  });
});
