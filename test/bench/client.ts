import { readdir, readFile, stat } from "node:fs/promises";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { gzip } from "node:zlib";
import react from "@vitejs/plugin-react";
import { chromium, type Browser } from "playwright-core";
import { build } from "vite";

const CHROMIUM = "/usr/bin/chromium";
const gzipped = async (file: string) => (await promisify(gzip)(await readFile(file), { level: 9 })).length;

/** Gzip bytes of the bare React + Apollo Client page (bare-client/), built by Vite the way the client is. */
export async function bareClientScriptGzip(): Promise<number> {
  const outDir = await mkdtemp(path.join(tmpdir(), "tierwise-bare-client-"));
  try {
    await build({
      root: path.resolve("test/bench/bare-client"),
      configFile: false,
      logLevel: "silent",
      plugins: [react()],
      build: { outDir, emptyOutDir: true },
    });
    const files = (await readdir(outDir, { recursive: true })).filter((f) => f.endsWith(".js"));
    let total = 0;
    for (const f of files) total += await gzipped(path.join(outDir, f));
    return total;
  } finally {
    await rm(outDir, { recursive: true, force: true });
  }
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
  });
}

/** Gzip bytes of every script the comparison page loads (the .gz copies the build made). */
export async function publicRouteScriptGzip(browser: Browser, base: string, clientDir = "dist/client"): Promise<number> {
  const page = await browser.newPage();
  const scripts = new Set<string>();
  page.on("response", (r) => {
    const url = new URL(r.url());
    if (url.pathname.endsWith(".js")) scripts.add(url.pathname);
  });
  await page.goto(`${base}/compare/beesender`, { waitUntil: "networkidle" });
  await page.close();
  let total = 0;
  for (const script of scripts) total += (await stat(path.join(clientDir, `${script}.gz`))).size;
  return total;
}

/**
 * Milliseconds from opening the comparison page (a new browser context: nothing cached)
 * to Beesender's Business tier showing its price for a license price typed as soon as the
 * field appears; the median of `runs`.
 */
export async function timeToPrices(browser: Browser, base: string, runs: number): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    const start = Date.now();
    await page.goto(`${base}/compare/beesender`);
    await page.getByLabel("License price (USD)").fill("50000");
    await page.locator(`td[data-plan="business"] .price`, { hasText: "5,000.00 USD" }).waitFor();
    times.push(Date.now() - start);
    await context.close();
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}
