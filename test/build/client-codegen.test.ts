import { readFile } from "node:fs/promises";
import { generate } from "@graphql-codegen/cli";
import { describe, expect, it } from "vitest";
import config from "../../client/codegen.js";

describe("client/src/__generated__", () => {
  it("holds the typed documents the schema and the client's graphql/ files make (run `npm run codegen` after changing either)", async () => {
    const outputs: { filename: string; content: string }[] = await generate({ ...config, silent: true, cwd: process.cwd() }, false);
    expect(outputs.length).toBeGreaterThan(0);
    for (const output of outputs) {
      const committed = await readFile(output.filename, "utf8").catch(() => "(missing)");
      expect(committed, output.filename).toBe(output.content);
    }
  });
});
