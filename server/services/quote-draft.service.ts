/** Building a quote: a draft priced against its catalog version, previewed, created, updated, and revised once sent. */
import { randomUUID } from "node:crypto";
import type { DataSource, EntityManager } from "typeorm";
import { CatalogEntity } from "../db/entities/catalog.entity.js";
import { QuoteEntity } from "../db/entities/quote.entities.js";
import { isUuid } from "../db/ids.js";
import type { PublishedVersion } from "../db/snapshot.js";
import { parseDate } from "../domain/dates.js";
import { badInput, DomainError, notFound } from "../domain/errors.js";
import { normalizeEmail } from "./auth.service.js";
import type { Catalog } from "../domain/catalog.js";
import { addDaysTo, computeQuote, isExpired, keyDiscounts, localDate, quoteNumber, validityEnd, type ComputedQuote, type Discount, type QuoteContent, type QuoteFigures } from "../domain/quote.js";
import { approvalReasons, linesOnRequest, quoteFingerprint, quoteWarnings } from "../domain/quote-approval.js";
import { isZoneError, parseZone } from "../domain/zones.js";
import type { AuditService } from "./audit.service.js";
import type { CatalogService } from "./catalog.service.js";
import type { QuoteRecord, QuoteService, StoredInput } from "./quote.service.js";
import type { SettingsService } from "./settings.service.js";
import type { Viewer } from "./viewer.js";

export interface Customer {
  company: string;
  name: string;
  email: string;
}

/** What a sales rep edits: the customer, figures, options with discounts, validity. */
export interface QuoteDraft {
  catalogSlug: string;
  customer: Customer;
  figures: { [K in keyof QuoteFigures]?: QuoteFigures[K] | null };
  options: {
    label?: string | null;
    planKey: string;
    addOnKeys?: string[] | null;
    creditPacks?: { credits: number; quantity: number; agreedPrice?: string | null }[] | null;
    customPrices?: { planKey: string; amount: string }[] | null;
    discounts?: { lineKey?: string | null; lineIndex?: number | null; kind: string; value: string; label?: string | null; reason: string }[] | null;
  }[];
  timeZone?: string | null;
  validUntil?: string | null;
}

function toContent(catalog: Catalog, draft: QuoteDraft): QuoteContent {
  const f = draft.figures;
  const figures: QuoteFigures = {
    licensePrice: f.licensePrice ?? null,
    projectBudget: f.projectBudget ?? null,
    termYears: f.termYears ?? 1,
    goLiveDate: f.goLiveDate ?? null,
    agents: f.agents ?? null,
    bots: f.bots ?? null,
    licenseEdition: f.licenseEdition ?? null,
  };
  return {
    figures,
    options: draft.options.map((o, i) => {
      const option = {
        label: o.label?.trim() || null,
        planKey: o.planKey,
        addOnKeys: o.addOnKeys ?? [],
        creditPacks: (o.creditPacks ?? []).map((p) => ({ credits: p.credits, quantity: p.quantity, ...(p.agreedPrice != null ? { agreedPrice: p.agreedPrice } : {}) })),
        customPrices: o.customPrices ?? [],
      };
      const discounts = (o.discounts ?? []).map((d) => ({
        lineKey: d.lineKey ?? null,
        lineIndex: d.lineIndex ?? null,
        kind: d.kind as Discount["kind"],
        value: d.value,
        label: d.label?.trim() || null,
        reason: d.reason,
      }));
      return { ...option, discounts: keyDiscounts(catalog, figures, option, discounts, `options[${i}]`) };
    }),
  };
}

function checkCustomer(c: Customer): Customer {
  const company = c.company.trim();
  const name = c.name.trim();
  if (!company) throw badInput("Give the customer's company", "customer.company");
  if (!name) throw badInput("Give the customer's contact name", "customer.name");
  let email: string;
  try {
    email = normalizeEmail(c.email);
  } catch {
    throw badInput(`"${c.email}" is not an email address`, "customer.email");
  }
  return { company, name, email };
}

function checkZone(zone: string): string {
  const parsed = parseZone(zone);
  if (isZoneError(parsed)) throw badInput(`timeZone: ${parsed.error}`, "timeZone");
  return parsed.name;
}

/**
 * Quotes built and revised. Pricing always comes from the engine against the
 * quote's catalog version, and what it computed is stored with the quote, so later
 * catalog edits change nothing in it. Every change runs in one transaction with its
 * audit entry; concurrent changes of one quote are refused by its lock version.
 */
export class QuoteDraftService {
  constructor(
    private readonly ds: DataSource,
    private readonly clock: () => Date,
    private readonly catalogs: CatalogService,
    private readonly settings: SettingsService,
    private readonly audit: AuditService,
    private readonly quotes: QuoteService,
  ) {}

  /** Days a new quote (or a revision of an expired one) stays valid: the catalog's setting. */
  private async validityDays(db: EntityManager, catalogId: string): Promise<number> {
    const row = await db.findOneByOrFail(CatalogEntity, { id: catalogId });
    return row.defaultValidityDays;
  }

  private async threshold(db: EntityManager, catalogId: string): Promise<string> {
    const row = await db.findOneByOrFail(CatalogEntity, { id: catalogId });
    return row.discountApprovalThreshold;
  }

  /**
   * Prices the draft against a catalog version and fills the derived columns of the row,
   * including the digest of everything the customer will see (row.timeZone and
   * row.validUntil must be set first).
   */
  private async price(db: EntityManager, version: PublishedVersion, draft: QuoteDraft, row: Partial<QuoteEntity>): Promise<void> {
    const { content, computed, reasons } = await this.evaluate(db, version, draft);
    const customer = checkCustomer(draft.customer);
    row.input = { catalogSlug: version.catalog.slug, content } satisfies StoredInput;
    row.computed = computed;
    row.total = computed.options[0].total;
    row.currency = computed.currency;
    row.approvalReasons = reasons;
    row.approvalRequired = reasons.length > 0;
    row.customerCompany = customer.company;
    row.customerName = customer.name;
    row.customerEmail = customer.email;
    row.expiresAt = validityEnd(row.validUntil ?? null, row.timeZone!);
    row.fingerprint = quoteFingerprint({
      catalogVersionId: version.id,
      customer,
      timeZone: row.timeZone!,
      validUntil: row.validUntil ?? null,
      content,
      computed,
    });
  }

  /** The quote a draft makes, priced and judged exactly as saving it would, without saving. */
  private async evaluate(db: EntityManager, version: PublishedVersion, draft: QuoteDraft) {
    const content = toContent(version.catalog, draft);
    const computed = computeQuote(version.catalog, content);
    const reasons = approvalReasons(version.catalog, content, computed, await this.threshold(db, version.catalogId));
    return { content, computed, reasons };
  }

  /** What a draft would be if saved now (a new quote, or the changes to quoteId): priced, with approval and warnings. */
  async preview(viewer: Viewer, draft: QuoteDraft, quoteId: string | null, useLatestCatalog: boolean) {
    const db = this.ds.manager;
    let versionId: string;
    let timeZone = draft.timeZone ?? null;
    let saved: QuoteEntity | null = null;
    if (quoteId) {
      if (!isUuid(quoteId)) throw notFound("There is no such quote", "quoteId");
      const row = await db.findOneBy(QuoteEntity, { id: quoteId });
      if (!row) throw notFound("There is no such quote", "quoteId");
      saved = row;
      const current = await this.quotes.version(row.catalogVersionId, db);
      versionId = current.id;
      timeZone ??= row.timeZone;
      if (draft.catalogSlug !== current.catalog.slug || useLatestCatalog) versionId = await this.headVersionId(db, draft.catalogSlug);
    } else {
      versionId = await this.headVersionId(db, draft.catalogSlug);
    }
    const version = await this.quotes.version(versionId, db);
    const zone = checkZone(timeZone ?? (await this.settings.get(db)).timeZone);
    const { content, computed, reasons } = await this.evaluate(db, version, draft);
    checkCustomer(draft.customer);
    const now = this.clock();
    const validUntil = draft.validUntil ?? saved?.validUntil ?? addDaysTo(localDate(now, zone), await this.validityDays(db, version.catalogId));
    return {
      catalogVersion: version.number,
      timeZone: zone,
      validUntil: parseDate(validUntil, "validUntil").toISODate()!,
      /** The day the timeline's examples count from, as saving would store it. */
      from: saved ? (saved.sentAt ?? saved.createdAt) : now,
      catalog: version.catalog,
      computed,
      content,
      approvalReasons: reasons,
      onRequest: linesOnRequest(computed),
      warnings: quoteWarnings(content, localDate(this.clock(), zone)),
    };
  }

  private async headVersionId(db: EntityManager, slug: string): Promise<string> {
    const head = await this.catalogs.findPublished(slug, db);
    if (!head) throw notFound(`There is no published catalog "${slug}"`, "catalogSlug");
    return head.versionId;
  }

  /** A new draft; inside another mutation's transaction pass its manager (db), so both commit or neither. */
  async create(viewer: Viewer, draft: QuoteDraft, db?: EntityManager): Promise<QuoteRecord> {
    const inTransaction = <T>(run: (tx: EntityManager) => Promise<T>) => (db ? run(db) : this.ds.transaction(run));
    const row = await inTransaction(async (tx) => {
      const settings = await this.settings.get(tx);
      const version = await this.quotes.version(await this.headVersionId(tx, draft.catalogSlug), tx);
      const now = this.clock();
      const timeZone = checkZone(draft.timeZone ?? settings.timeZone);
      const validUntil = parseDate(draft.validUntil ?? addDaysTo(localDate(now, timeZone), await this.validityDays(tx, version.catalogId)), "validUntil").toISODate()!;
      const row: Partial<QuoteEntity> = {
        id: randomUUID(),
        revision: 1,
        status: "DRAFT",
        lockVersion: 1,
        catalogVersionId: version.id,
        timeZone,
        validUntil,
        approvedFingerprint: null,
        createdBy: viewer.id,
        ownerId: viewer.id,
        createdAt: now,
        updatedAt: now,
      };
      await this.price(tx, version, draft, row);
      // The year is the creation date's in the organisation's zone; the counter row is locked
      // until this transaction ends, so numbers are consecutive and a rollback leaves no gap.
      const year = Number(localDate(now, settings.timeZone).slice(0, 4));
      const [{ last }] = await tx.query(
        `INSERT INTO quote_number_counter (year, last) VALUES ($1, 1)
         ON CONFLICT (year) DO UPDATE SET last = quote_number_counter.last + 1 RETURNING last`,
        [year],
      );
      row.baseNumber = quoteNumber(year, last);
      row.number = row.baseNumber;
      await tx.insert(QuoteEntity, row as QuoteEntity as never);
      await this.audit.record(tx, viewer, {
        action: "quote.create",
        entity: "quote",
        entityKey: row.number,
        summary: `Created ${row.number} for ${row.customerCompany}`,
        after: { total: row.total, options: (row.computed as ComputedQuote).options.map((o) => o.planKey) },
      });
      return row as QuoteEntity;
    });
    return this.quotes.record(row, db);
  }

  async update(viewer: Viewer, id: string, lockVersion: number, draft: QuoteDraft, useLatestCatalog: boolean): Promise<QuoteRecord> {
    const row = await this.ds.transaction(async (tx) => {
      const row = await this.quotes.lockedRow(tx, id);
      await this.quotes.checkOwner(tx, viewer, row);
      this.quotes.checkLock(row, lockVersion);
      if (row.status !== "DRAFT") {
        throw new DomainError("CONFLICT", `${row.number} was sent; a sent quote is never edited in place: revise it`, "id");
      }
      const current = await this.quotes.version(row.catalogVersionId, tx);
      let version = current;
      if (draft.catalogSlug !== current.catalog.slug || useLatestCatalog) version = await this.quotes.version(await this.headVersionId(tx, draft.catalogSlug), tx);
      const before = { total: row.total, input: row.input };
      row.catalogVersionId = version.id;
      if (draft.timeZone != null) row.timeZone = checkZone(draft.timeZone);
      if (draft.validUntil != null) row.validUntil = parseDate(draft.validUntil, "validUntil").toISODate()!;
      await this.price(tx, version, draft, row);
      row.lockVersion += 1;
      row.updatedAt = this.clock();
      await tx.save(QuoteEntity, row);
      await this.audit.record(tx, viewer, {
        action: "quote.update",
        entity: "quote",
        entityKey: row.number,
        summary: `Updated ${row.number}`,
        before,
        after: { total: row.total, input: row.input },
      });
      return row;
    });
    return this.quotes.record(row);
  }

  /** A new draft revision of a sent quote (Q-2026-0001-2); the old one is superseded. */
  async revise(viewer: Viewer, id: string): Promise<QuoteRecord> {
    const row = await this.ds.transaction(async (tx) => {
      const old = await this.quotes.lockedRow(tx, id);
      await this.quotes.checkOwner(tx, viewer, old);
      const status = (await this.quotes.record(old, tx)).status;
      if (status === "DRAFT") throw new DomainError("CONFLICT", `${old.number} is still a draft; edit it instead`, "id");
      if (status === "ACCEPTED") throw new DomainError("CONFLICT", `${old.number} was accepted; it can no longer be revised`, "id");
      if (status === "SUPERSEDED") throw new DomainError("CONFLICT", `${old.number} was already revised`, "id");
      const latest = await tx.findOne(QuoteEntity, { where: { baseNumber: old.baseNumber }, order: { revision: "DESC" } });
      const revision = (latest?.revision ?? old.revision) + 1;
      const now = this.clock();
      const next: QuoteEntity = {
        ...old,
        id: randomUUID(),
        number: quoteNumber(Number(old.baseNumber.split("-")[1]), Number(old.baseNumber.split("-")[2]), revision),
        revision,
        status: "DRAFT",
        lockVersion: 1,
        approvedFingerprint: null,
        approvedBy: null,
        approvedAt: null,
        approvalRequestedBy: null,
        approvalRequestedAt: null,
        approvalNote: null,
        approvalRequestFingerprint: null,
        rejectedFingerprint: null,
        rejectedBy: null,
        rejectedAt: null,
        rejectionReason: null,
        priceToBeAgreed: false,
        total: (old.computed as ComputedQuote).options[0].total,
        supersededBy: null,
        createdBy: viewer.id,
        createdAt: now,
        updatedAt: now,
        sentAt: null,
        decidedAt: null,
        decidedByName: null,
        acceptedOption: null,
        declineReason: null,
      };
      if (isExpired(next.validUntil, next.timeZone, now)) next.validUntil = addDaysTo(localDate(now, next.timeZone), await this.validityDays(tx, (await this.quotes.version(old.catalogVersionId, tx)).catalogId));
      next.expiresAt = validityEnd(next.validUntil, next.timeZone);
      await tx.insert(QuoteEntity, next as never);
      old.status = "SUPERSEDED";
      old.supersededBy = next.id;
      old.lockVersion += 1;
      await tx.save(QuoteEntity, old);
      await this.audit.record(tx, viewer, { action: "quote.revise", entity: "quote", entityKey: old.number, summary: `Revised ${old.number} as ${next.number}` });
      return next;
    });
    return this.quotes.record(row);
  }
}
