import type { DataSource } from "typeorm";
import { AuditService } from "./audit.service.js";
import { AuthService } from "./auth.service.js";
import { CatalogAdminService } from "./catalog-admin.service.js";
import { CatalogDraftService } from "./catalog-draft.service.js";
import { CatalogImportService } from "./catalog-import.service.js";
import { CatalogVersionService } from "./catalog-version.service.js";
import { CatalogService } from "./catalog.service.js";
import { EngineService } from "./engine.service.js";
import { IdempotencyService } from "./idempotency.service.js";
import { KeyedQuoteService } from "./keyed-quote.service.js";
import { OutboxService } from "./outbox.service.js";
import { QuoteDealService } from "./quote-deal.service.js";
import { QuoteApprovalService } from "./quote-approval.service.js";
import { QuoteRequestService } from "./quote-request.service.js";
import { QuoteDraftService } from "./quote-draft.service.js";
import { QuoteListService } from "./quote-list.service.js";
import { QuoteShareService } from "./quote-share.service.js";
import { QuoteService } from "./quote.service.js";
import { SettingsService } from "./settings.service.js";

export interface ServiceOptions {
  /** The current instant; tests move it to check expiry and slow-downs. */
  clock?: () => Date;
  /** Quote requests one client address may make in an hour (default 30). */
  quoteRequestsPerHour?: number;
}

/** The services of one database; requests share them (they hold no per-request state). */
export interface Services {
  dataSource: DataSource;
  clock: () => Date;
  audit: AuditService;
  auth: AuthService;
  settings: SettingsService;
  catalogs: CatalogService;
  catalogAdmin: CatalogAdminService;
  catalogDrafts: CatalogDraftService;
  catalogVersions: CatalogVersionService;
  catalogImports: CatalogImportService;
  engine: EngineService;
  quotes: QuoteService;
  quoteDrafts: QuoteDraftService;
  quoteList: QuoteListService;
  quoteShares: QuoteShareService;
  quoteApprovals: QuoteApprovalService;
  quoteDeals: QuoteDealService;
  /** Creating, sending and accepting with an idempotency key. */
  keyedQuotes: KeyedQuoteService;
  outbox: OutboxService;
  quoteRequests: QuoteRequestService;
}

export function createServices(dataSource: DataSource, options: ServiceOptions = {}): Services {
  const clock = options.clock ?? (() => new Date());
  const audit = new AuditService(dataSource, clock);
  const catalogs = new CatalogService(dataSource);
  const settings = new SettingsService(dataSource, audit);
  const outbox = new OutboxService(dataSource, clock);
  const catalogAdmin = new CatalogAdminService(dataSource, catalogs, audit);
  const quotes = new QuoteService(dataSource, clock, catalogs);
  const quoteDrafts = new QuoteDraftService(dataSource, clock, catalogs, settings, audit, quotes);
  const quoteShares = new QuoteShareService(dataSource, clock, audit, outbox, quotes);
  const quoteDeals = new QuoteDealService(dataSource, clock, quotes, quoteShares, audit, outbox);
  return {
    dataSource,
    clock,
    audit,
    auth: new AuthService(dataSource, clock, audit),
    settings,
    catalogs,
    catalogAdmin,
    catalogDrafts: new CatalogDraftService(dataSource, catalogAdmin, audit),
    catalogVersions: new CatalogVersionService(dataSource, catalogs, catalogAdmin, audit),
    catalogImports: new CatalogImportService(dataSource, catalogs, catalogAdmin, audit),
    engine: new EngineService(catalogs),
    quotes,
    quoteDrafts,
    quoteList: new QuoteListService(dataSource, clock, quotes),
    quoteShares,
    quoteApprovals: new QuoteApprovalService(dataSource, clock, quotes, audit, outbox),
    quoteDeals,
    keyedQuotes: new KeyedQuoteService(new IdempotencyService(dataSource, clock), quotes, quoteDrafts, quoteShares, quoteDeals),
    outbox,
    quoteRequests: new QuoteRequestService(dataSource, clock, catalogs, settings, audit, quotes, quoteDrafts, quoteShares, outbox, options.quoteRequestsPerHour),
  };
}
