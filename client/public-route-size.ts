import { gzipSync } from "node:zlib";
import type { Plugin } from "vite";

interface ChunkInfo {
  type: "chunk";
  code: string;
  imports: string[];
  isEntry: boolean;
  facadeModuleId: string | null;
}

/**
 * After `vite build`, prints what the comparison page downloads before it is interactive: the
 * entry, the comparison page's chunk, and every chunk they import statically, gzipped. Chunks
 * loaded on demand (the finder, the estimator, the request form, the other faces) are not counted.
 */
export function publicRouteSize(page = "/modules/compare/components/ComparePage.tsx"): Plugin {
  return {
    name: "tierwise-public-route-size",
    apply: "build",
    generateBundle(_options, bundle) {
      const chunks = Object.entries(bundle).filter((e): e is [string, ChunkInfo & (typeof bundle)[string]] => e[1].type === "chunk");
      const byName = new Map(chunks);
      const roots = chunks.filter(([, c]) => c.isEntry || c.facadeModuleId?.endsWith(page)).map(([name]) => name);
      const seen = new Set<string>();
      const visit = (name: string) => {
        if (seen.has(name) || !byName.has(name)) return;
        seen.add(name);
        byName.get(name)!.imports.forEach(visit);
      };
      roots.forEach(visit);
      const sizes = [...seen].map((name) => ({ name, gzip: gzipSync(byName.get(name)!.code).length }));
      const total = sizes.reduce((sum, s) => sum + s.gzip, 0);
      const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
      this.info(`the comparison page's scripts before it is interactive: ${kb(total)} gzip (${sizes.map((s) => `${s.name} ${kb(s.gzip)}`).join(", ")})`);
      console.log(`\npublic route /compare/<slug>: ${kb(total)} gzip of script before it is interactive (${sizes.length} chunks)`);
    },
  };
}
