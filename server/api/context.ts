import DataLoader from "dataloader";
import type { QuoteAcceptanceEntity } from "../db/entities/quote-acceptance.entity.js";
import type { Services } from "../services/services.js";
import type { Viewer } from "../services/viewer.js";
import type { CatalogView } from "./types/catalog.type.js";
import { toCatalogView } from "./views.js";

/** Formatted views of published versions, shared by all requests (versions never change). */
const views = new WeakMap<object, CatalogView>();

export interface Loaders {
  /** Published versions by id, formatted: one batch per request however many catalogs it shows. */
  catalogView: DataLoader<string, CatalogView>;
  /** A quote's share links, batched over a page of quotes. */
  shareLinks: DataLoader<string, { id: string; createdAt: Date; revokedAt: Date | null }[]>;
  /** The number of the revision that replaced a quote, batched over a page of quotes. */
  successorNumber: DataLoader<string, string | null>;
  /** Users named by quotes (owners, approvers), batched over a page of quotes. */
  user: DataLoader<string, { id: string; name: string; email: string } | null>;
  /** What the customer agreed to, batched over a page of quotes. */
  acceptance: DataLoader<string, QuoteAcceptanceEntity | null>;
  /** The reference of the request a quote came from, batched over a page of quotes. */
  requestReference: DataLoader<string, string | null>;
}

/** The browser session of a request: its token, and how to set or clear the cookie. */
export interface SessionCookie {
  token: string | undefined;
  set(token: string, expiresAt: Date): void;
  clear(): void;
}

export interface Context {
  services: Services;
  loaders: Loaders;
  viewer: Viewer | null;
  ip: string;
  session: SessionCookie;
  /** Origin the client is served from, for links in answers ("http://localhost:4000"). */
  origin: string;
}

export function createLoaders(services: Services): Loaders {
  return {
    catalogView: new DataLoader(async (ids) => {
      const versions = await services.catalogs.loadVersions(ids);
      return ids.map((id) => {
        const version = versions.get(id);
        if (!version) return new Error(`Catalog version ${id} is missing`);
        let view = views.get(version);
        if (!view) {
          view = toCatalogView(version);
          views.set(version, view);
        }
        return view;
      });
    }),
    shareLinks: new DataLoader(async (ids) => {
      const links = await services.quoteShares.links(ids);
      return ids.map((id) => links.get(id) ?? []);
    }),
    user: new DataLoader(async (ids) => {
      const users = await services.quoteList.users(ids);
      return ids.map((id) => users.get(id) ?? null);
    }),
    successorNumber: new DataLoader(async (ids) => {
      const numbers = await services.quoteList.successorNumbers(ids);
      return ids.map((id) => numbers.get(id) ?? null);
    }),
    acceptance: new DataLoader(async (ids) => {
      const rows = await services.quoteDeals.acceptances(ids);
      return ids.map((id) => rows.get(id) ?? null);
    }),
    requestReference: new DataLoader(async (ids) => {
      const references = await services.quoteRequests.referencesOf(ids);
      return ids.map((id) => references.get(id) ?? null);
    }),
  };
}
