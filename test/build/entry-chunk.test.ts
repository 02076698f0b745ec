import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

/**
 * The page's entry (every page downloads it first) leaves Apollo's HTTP link to a chunk loaded
 * on demand: the public pages read by hash with a small link of their own. client/entry-chunk.ts
 * names Apollo Client's files by path, so an upgrade that moves them would put the link back into
 * the entry silently; this reads the build and says so. A message of HttpLink's response check
 * stands for the link.
 */
const HTTP_LINK = "Response not successful";

describe("the client's entry chunk", () => {
  it("holds no HttpLink; the chunk loaded on demand does", () => {
    const html = "dist/client/index.html";
    expect(existsSync(html), "build the client first (npm test does)").toBe(true);
    const entry = /<script type="module" crossorigin src="\/(assets\/index-[\w-]+\.js)"/.exec(readFileSync(html, "utf8"))?.[1];
    expect(entry, "the entry script in index.html").toBeTruthy();
    expect(readFileSync(path.join("dist/client", entry!), "utf8")).not.toContain(HTTP_LINK);
    const withLink = readdirSync("dist/client/assets").filter((f) => f.endsWith(".js") && readFileSync(path.join("dist/client/assets", f), "utf8").includes(HTTP_LINK));
    expect(withLink).toHaveLength(1);
    expect(withLink[0]).toMatch(/^full-link-/);
  });
});
