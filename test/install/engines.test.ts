import { readFileSync } from "node:fs";
import semver from "semver";
import { describe, expect, it } from "vitest";

/**
 * The README promises Node.js 20.19+. npm warns (EBADENGINE) on install for any package
 * whose `engines.node` excludes it; package-lock.json records each package's range.
 */
const pkg = JSON.parse(readFileSync("package.json", "utf8")) as { engines: { node: string } };
const lock = JSON.parse(readFileSync("package-lock.json", "utf8")) as {
  packages: Record<string, { engines?: { node?: string } | string[]; optional?: boolean; dev?: boolean; os?: string[] }>;
};
const oldest = semver.minVersion(pkg.engines.node)!.version;

describe("the packages installed", () => {
  it(`all accept the oldest Node.js the project supports (${pkg.engines.node})`, () => {
    expect(oldest).toBe("20.19.0");
    const refusing = Object.entries(lock.packages)
      .filter(([path]) => path !== "")
      .map(([path, entry]) => ({ name: path.replace(/^.*node_modules\//, ""), range: Array.isArray(entry.engines) ? undefined : entry.engines?.node }))
      .filter(({ range }) => range && !semver.satisfies(oldest, range, { includePrerelease: true }));
    expect(refusing).toEqual([]);
  });
});
