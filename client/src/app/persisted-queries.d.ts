declare module "virtual:persisted-queries" {
  /** Operation name -> SHA-256 of the text Apollo Client sends for it, computed at build time (client/persisted-queries.ts). */
  export const PERSISTED_QUERIES: Readonly<Record<string, string>>;
}
