import type { Plugin } from "vite";

/**
 * What the page's entry loads only on demand although a barrel it imports re-exports it
 * (`@apollo/client` re-exports HttpLink, `@apollo/client/react` the hooks): the full HTTP
 * link (src/app/full-link.ts, loaded by a dynamic import) and the hooks only some faces use.
 * useQuery stays: every page reads with it, so it is worth no request of its own.
 */
const ON_DEMAND =
  /@apollo\/client\/(link\/http\/|link\/client-awareness\/|react\/hooks\/(?!useQuery\.|useSyncExternalStore\.|useApolloClient\.|internal\/|constants\.)|link\/utils\/filterOperationVariables|utilities\/graphql\/operations)|\/src\/app\/(full-link|persisted-get-link)\.ts$/;

/**
 * Keeps what the entry imports statically in the entry chunk. Rolldown (Vite 8) splits the
 * modules an entry shares with a chunk it loads by `import()` into chunks of their own, even
 * though the entry has always loaded them first (rolldown issues #9963, #10731): with the
 * full HTTP link loaded on demand, React, rxjs and Apollo Client's core came out as three
 * more chunks on every page, about 1.1 KB gzip more than the same code in one. One
 * code-splitting group holding the entry's static graph puts them back, with the shared/
 * code the landing page reads (the other faces import it from the entry; the catalog list,
 * which reads none of it, downloads about 1.1 KB gzip it does not use).
 */
export function entryChunk(landingPage = "/modules/compare/components/ComparePage.tsx"): { plugin: Plugin; group: { name: string; test: (id: string) => boolean } } {
  const inEntry = new Set<string>();
  const plugin: Plugin = {
    name: "tierwise-entry-chunk",
    apply: "build",
    buildEnd() {
      inEntry.clear();
      const graph = (roots: string[], keep: (id: string) => boolean) => {
        const seen = new Set<string>();
        const visit = (id: string) => {
          if (seen.has(id) || !keep(id)) return;
          seen.add(id);
          this.getModuleInfo(id)?.importedIds.forEach(visit);
        };
        roots.forEach(visit);
        return seen;
      };
      const ids = [...this.getModuleIds()];
      graph(ids.filter((id) => this.getModuleInfo(id)?.isEntry), (id) => !ON_DEMAND.test(id)).forEach((id) => inEntry.add(id));
      // The shared code the comparison page (the prospects' landing page) reads before it is
      // interactive: money formatting, the plan prices. Apart, it came as two more chunks.
      for (const id of graph(ids.filter((id) => id.endsWith(landingPage)), () => true)) {
        if (/\/src\/(shared|__generated__\/shared)\//.test(id)) inEntry.add(id);
      }
    },
  };
  return { plugin, group: { name: "index", test: (id) => inEntry.has(id) } };
}
