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
 * code-splitting group holding the entry's static graph puts them back.
 */
export function entryChunk(): { plugin: Plugin; group: { name: string; test: (id: string) => boolean } } {
  const inEntry = new Set<string>();
  const plugin: Plugin = {
    name: "tierwise-entry-chunk",
    apply: "build",
    buildEnd() {
      inEntry.clear();
      const visit = (id: string) => {
        if (inEntry.has(id) || ON_DEMAND.test(id)) return;
        inEntry.add(id);
        this.getModuleInfo(id)?.importedIds.forEach(visit);
      };
      [...this.getModuleIds()].filter((id) => this.getModuleInfo(id)?.isEntry).forEach(visit);
    },
  };
  return { plugin, group: { name: "index", test: (id) => inEntry.has(id) } };
}
