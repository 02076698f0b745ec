import { readdir, readFile, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { brotliCompress, constants, gzip } from "node:zlib";
import react from "@vitejs/plugin-react";
import swc from "unplugin-swc";
import type { Plugin } from "vite";
import { defineConfig } from "vitest/config";
import { entryChunk } from "./client/entry-chunk.js";
import { persistedQueriesPlugin } from "./client/persisted-queries.js";
import { publicRouteSize } from "./client/public-route-size.js";

const require = createRequire(import.meta.url);
const here = fileURLToPath(new URL(".", import.meta.url));

/**
 * Brotli and gzip copies of every text file of the build, made once here at the highest
 * levels, so that the server sends them as they are (chosen by Accept-Encoding) instead
 * of compressing on every request.
 */
function precompress(): Plugin {
  let outDir = "";
  return {
    name: "tierwise-precompress",
    apply: "build",
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
    },
    async closeBundle() {
      const files = (await readdir(outDir, { recursive: true })).filter((f) => /\.(js|css|html|svg|json|txt)$/.test(f));
      await Promise.all(
        files.map(async (file) => {
          const full = path.join(outDir, file);
          const bytes = await readFile(full);
          const br = await promisify(brotliCompress)(bytes, {
            params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
          });
          await writeFile(`${full}.br`, br);
          await writeFile(`${full}.gz`, await promisify(gzip)(bytes, { level: 9 }));
        }),
      );
    },
  };
}

const entry = entryChunk();

export default defineConfig({
  root: "client",
  plugins: [react(), entry.plugin, persistedQueriesPlugin(), precompress(), publicRouteSize()],
  // modulepreload is native in every browser the page supports (Chrome 66, Firefox 115, Safari 17): no polyfill in the entry.
  build: {
    outDir: "../dist/client",
    emptyOutDir: true,
    modulePreload: { polyfill: false },
    rolldownOptions: { output: { codeSplitting: { groups: [entry.group] } } },
  },
  server: { proxy: { "/graphql": "http://localhost:4000" } },
  test: {
    root: here,
    projects: [
      {
        plugins: [swc.vite({ module: { type: "es6" } })],
        // type-graphql loads graphql's CommonJS build; one copy for everything avoids "another realm" errors.
        resolve: { alias: { graphql: require.resolve("graphql") } },
        test: {
          name: "server",
          root: here,
          environment: "node",
          include: ["test/**/*.test.ts"],
          exclude: ["test/client/**"],
          globalSetup: ["test/support/global-setup.ts"],
          testTimeout: 30_000,
          hookTimeout: 60_000,
          // Browser tests poll the page; on a loaded 2-core machine a second (the default) is not enough.
          expect: { poll: { timeout: 8_000 } },
        },
      },
      {
        extends: true,
        test: {
          name: "client",
          root: here,
          environment: "happy-dom",
          include: ["test/client/**/*.test.{ts,tsx}"],
        },
      },
    ],
  },
});
