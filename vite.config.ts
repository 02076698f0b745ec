import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import swc from "unplugin-swc";
import { defineConfig } from "vitest/config";
import { publicRouteSize } from "./client/public-route-size.js";

const require = createRequire(import.meta.url);
const here = fileURLToPath(new URL(".", import.meta.url));

export default defineConfig({
  root: "client",
  plugins: [react(), publicRouteSize()],
  build: { outDir: "../dist/client", emptyOutDir: true },
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
