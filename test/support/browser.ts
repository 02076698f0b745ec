import { existsSync } from "node:fs";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, expect } from "vitest";
import { startTestApp } from "./app.js";

/** Debian's Chromium (apt-get install -y chromium), driven by playwright-core. */
export const CHROMIUM = "/usr/bin/chromium";

/**
 * The real server with the built client, listening on a free port, and a headless
 * Chromium to drive it; both closed after the file's tests.
 */
export async function startBrowserApp(options: { chromiumArgs?: string[] } = {}) {
  const t = await startTestApp({ clientDir: "dist/client" });
  const state = { browser: null as Browser | null, base: "" };

  beforeAll(async () => {
    expect(existsSync("dist/client/index.html"), "build the client first (npm test does)").toBe(true);
    expect(existsSync(CHROMIUM), "install Debian's chromium (apt-get install -y chromium)").toBe(true);
    await t.app.http.listen({ port: 0, host: "127.0.0.1" });
    state.base = `http://127.0.0.1:${(t.app.http.server.address() as { port: number }).port}`;
    state.browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", ...(options.chromiumArgs ?? [])],
    });
  });
  afterAll(async () => {
    await state.browser?.close();
  });

  return {
    t,
    get base() {
      return state.base;
    },
    /** A new page (8 s per step before a locator gives up), optionally signed in as a new user of the role. */
    async page(options: { role?: "ADMIN" | "SALES"; width?: number; height?: number } = {}): Promise<Page> {
      const page = await state.browser!.newPage({ viewport: { width: options.width ?? 1280, height: options.height ?? 1000 } });
      page.setDefaultTimeout(8000);
      if (options.role) {
        const user = await t.signIn(options.role);
        await page.context().addCookies([{ name: "tw_session", value: user.headers.cookie.split("=")[1], url: state.base }]);
      }
      return page;
    },
  };
}

/**
 * Scrolls to the foot of the page, as a reader does, until what loads near the viewport
 * (the comparison page's sections below the plans) has replaced its placeholder.
 */
export async function scrollToFoot(page: Page): Promise<void> {
  await page.getByRole("heading", { level: 1 }).waitFor();
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await page.locator(".below-fold").waitFor({ state: "detached" });
}
