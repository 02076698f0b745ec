import { createHash, randomBytes, randomUUID } from "node:crypto";
import { In, type DataSource, type EntityManager } from "typeorm";
import { CatalogEntity } from "../db/entities/catalog.entity.js";
import { QuoteEntity, ShareLinkEntity, type QuoteStatus } from "../db/entities/quote.entities.js";
import { checkPageSize, decodeCursor, encodeCursor } from "../db/cursor.js";
import { isUuid } from "../db/ids.js";
import type { PublishedVersion } from "../db/snapshot.js";
import { parseDate } from "../domain/dates.js";
import { badInput, DomainError, notFound } from "../domain/errors.js";
import { normalizeEmail } from "./auth.service.js";
import type { Catalog } from "../domain/catalog.js";
import { addDaysTo, computeQuote, isExpired, keyDiscounts, localDate, quoteNumber, validityEnd, type ComputedQuote, type Discount, type QuoteContent, type QuoteFigures } from "../domain/quote.js";
import {
  approvalReasons,
  linesOnRequest,
  quoteActions,
  quoteFingerprint,
  quoteWarnings,
  type ApprovalState,
  type QuoteAction,
} from "../domain/quote-approval.js";
import { UserEntity } from "../db/entities/user.entities.js";
import { isZoneError, parseZone } from "../domain/zones.js";
import type { AuditService } from "./audit.service.js";
import type { OutboxService } from "./outbox.service.js";
import { quoteSentMessage, repDeclinedMessage, type QuoteFacts } from "../domain/messages.js";
import type { CatalogService } from "./catalog.service.js";
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

export interface ListQuery {
  first: number;
  after: string | null;
  search: string | null;
  status: QuoteStatus | null;
  ownerId?: string | null;
  /** Drafts waiting for an admin's approval of their content as it stands. */
  awaitingApproval?: boolean | null;
  /** Sent quotes still open whose last valid day is at most this many days away (in their zone). */
  expiringWithinDays?: number | null;
}

/** As stored in quote.input. */
export interface StoredInput {
  catalogSlug: string;
  content: QuoteContent;
}

/** A quote row with what the API shows of it. */
export interface QuoteRecord {
  row: QuoteEntity;
  /** The status as of now: a sent quote past its validity reads EXPIRED. */
  status: QuoteStatus;
  input: StoredInput;
  computed: ComputedQuote;
  catalogName: string;
  catalogVersion: number;
  /** The catalog version it was priced from (for the add-ons an option's plan takes). */
  catalog: Catalog;
  approved: boolean;
  approval: ApprovalState;
}

export interface SharedLink {
  id: string;
  token: string;
  createdAt: Date;
}


function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
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

/** Where a quote's approval stands; requests and decisions hold only for the content they were made on. */
function approvalState(row: QuoteEntity, approved: boolean): ApprovalState {
  if (approved) return "APPROVED";
  if (!row.approvalRequired) return "NOT_NEEDED";
  if (row.fingerprint !== null && row.rejectedFingerprint === row.fingerprint) return "REJECTED";
  if (row.fingerprint !== null && row.approvalRequestFingerprint === row.fingerprint) return "REQUESTED";
  return "NEEDED";
}

/**
 * Quotes from draft to decision. Pricing always comes from the engine against the
 * quote's catalog version, and what it computed is stored with the quote, so later
 * catalog edits change nothing in it. Every change runs in one transaction with its
 * audit entry; concurrent changes of one quote are refused by its lock version.
 */
export class QuoteService {
  constructor(
    private readonly ds: DataSource,
    private readonly clock: () => Date,
    private readonly catalogs: CatalogService,
    private readonly settings: SettingsService,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
  ) {}

  /** What the emails about a quote say of it. */
  facts(row: QuoteEntity, vendor: string): QuoteFacts {
    return { vendor, number: row.number, company: row.customerCompany, customerName: row.customerName, customerEmail: row.customerEmail };
  }

  private async version(id: string, db: EntityManager): Promise<PublishedVersion> {
    return (await this.catalogs.loadVersions([id], db)).get(id)!;
  }

  /** Days a new quote (or a revision of an expired one) stays valid: the catalog's setting. */
  private async validityDays(db: EntityManager, catalogId: string): Promise<number> {
    const row = await db.findOneByOrFail(CatalogEntity, { id: catalogId });
    return row.defaultValidityDays;
  }

  private async threshold(db: EntityManager, catalogId: string): Promise<string> {
    const row = await db.findOneByOrFail(CatalogEntity, { id: catalogId });
    return row.discountApprovalThreshold;
  }

  /** Every read inside a transaction goes through its manager (db), never a second pooled connection. */
  async record(row: QuoteEntity, db: EntityManager = this.ds.manager): Promise<QuoteRecord> {
    const version = await this.version(row.catalogVersionId, db);
    const input = row.input as StoredInput;
    const computed = row.computed as ComputedQuote;
    const expired = row.status === "SENT" && row.expiresAt !== null && this.clock().getTime() >= new Date(row.expiresAt).getTime();
    const approved = row.fingerprint !== null && row.approvedFingerprint === row.fingerprint;
    return {
      row,
      status: expired ? "EXPIRED" : row.status,
      input,
      computed,
      catalogName: version.catalog.name,
      catalogVersion: version.number,
      catalog: version.catalog,
      approved,
      approval: approvalState(row, approved),
    };
  }

  /** The quote row, locked until the transaction ends; NOT_FOUND for an unknown id. */
  async lockedRow(tx: EntityManager, id: string): Promise<QuoteEntity> {
    if (!isUuid(id)) throw notFound("There is no such quote", "id");
    const row = await tx.findOne(QuoteEntity, { where: { id }, lock: { mode: "pessimistic_write" } });
    if (!row) throw notFound("There is no such quote", "id");
    return row;
  }

  checkLock(row: QuoteEntity, lockVersion: number): void {
    if (row.lockVersion !== lockVersion) {
      throw new DomainError("CONFLICT", `${row.number} was changed by someone else meanwhile; reload it and try again`, "lockVersion", {
        currentLockVersion: row.lockVersion,
      });
    }
  }

  /** A SALES user changes only the quotes they own; an admin changes any. */
  async checkOwner(db: EntityManager, viewer: Viewer, row: QuoteEntity): Promise<void> {
    if (viewer.role === "ADMIN" || row.ownerId === viewer.id) return;
    const owner = await db.findOneBy(UserEntity, { id: row.ownerId });
    throw new DomainError("FORBIDDEN", `${row.number} belongs to ${owner?.name ?? "another rep"}: only they or an admin can change it`, "id");
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
      const current = await this.version(row.catalogVersionId, db);
      versionId = current.id;
      timeZone ??= row.timeZone;
      if (draft.catalogSlug !== current.catalog.slug || useLatestCatalog) versionId = await this.headVersionId(db, draft.catalogSlug);
    } else {
      versionId = await this.headVersionId(db, draft.catalogSlug);
    }
    const version = await this.version(versionId, db);
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

  /** Words a rep should read about the quote as it stands (not errors). */
  warnings(record: QuoteRecord): string[] {
    if (record.row.status !== "DRAFT") return [];
    return quoteWarnings(record.input.content, localDate(this.clock(), record.row.timeZone));
  }

  /** The actions the quote allows this viewer, and why it cannot be sent yet. */
  standing(record: QuoteRecord, viewer: Viewer, ownerName: string): { actions: QuoteAction[]; sendBlockers: string[] } {
    const { row } = record;
    return quoteActions({
      number: row.number,
      status: record.status,
      viewerIsOwner: row.ownerId === viewer.id,
      viewerIsAdmin: viewer.role === "ADMIN",
      ownerName,
      approvalRequired: row.approvalRequired,
      approval: record.approval,
      approvalReasons: row.approvalReasons ?? [],
      rejectionReason: row.rejectionReason,
      onRequest: linesOnRequest(record.computed),
      validityPassed: row.status === "DRAFT" && isExpired(row.validUntil, row.timeZone, this.clock()),
      validUntil: row.validUntil,
    });
  }

  /** A new draft; inside another mutation's transaction pass its manager (db), so both commit or neither. */
  async create(viewer: Viewer, draft: QuoteDraft, db?: EntityManager): Promise<QuoteRecord> {
    const inTransaction = <T>(run: (tx: EntityManager) => Promise<T>) => (db ? run(db) : this.ds.transaction(run));
    const row = await inTransaction(async (tx) => {
      const settings = await this.settings.get(tx);
      const version = await this.version(await this.headVersionId(tx, draft.catalogSlug), tx);
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
    return this.record(row, db);
  }

  async update(viewer: Viewer, id: string, lockVersion: number, draft: QuoteDraft, useLatestCatalog: boolean): Promise<QuoteRecord> {
    const row = await this.ds.transaction(async (tx) => {
      const row = await this.lockedRow(tx, id);
      await this.checkOwner(tx, viewer, row);
      this.checkLock(row, lockVersion);
      if (row.status !== "DRAFT") {
        throw new DomainError("CONFLICT", `${row.number} was sent; a sent quote is never edited in place: revise it`, "id");
      }
      const current = await this.version(row.catalogVersionId, tx);
      let version = current;
      if (draft.catalogSlug !== current.catalog.slug || useLatestCatalog) version = await this.version(await this.headVersionId(tx, draft.catalogSlug), tx);
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
    return this.record(row);
  }

  /** Users by id, for owners and approvers (one statement for many). */
  async users(ids: readonly string[]): Promise<Map<string, { id: string; name: string; email: string }>> {
    const rows = await this.ds.manager.find(UserEntity, { where: { id: In([...ids]) } });
    return new Map(rows.map((u) => [u.id, { id: u.id, name: u.name, email: u.email }]));
  }

  /** A new share link made inside the caller's transaction. */
  newShareLink(tx: EntityManager, quoteId: string, viewer: Viewer): Promise<SharedLink> {
    return this.newLink(tx, quoteId, viewer);
  }

  private async newLink(tx: EntityManager, quoteId: string, viewer: Viewer): Promise<SharedLink> {
    const token = randomBytes(24).toString("base64url");
    const createdAt = this.clock();
    const id = hashToken(token);
    await tx.insert(ShareLinkEntity, { tokenHash: id, quoteId, createdAt, createdBy: viewer.id, revokedAt: null });
    return { id: id.slice(0, 16), token, createdAt };
  }

  /**
   * Sends a draft: it can no longer be edited, and a share link is made for the customer. A
   * line still priced on request is sent only when asked to mark the quote "price to be agreed".
   */
  async send(viewer: Viewer, id: string, lockVersion: number, priceToBeAgreed = false, origin = "", db?: EntityManager): Promise<{ quote: QuoteRecord; link: SharedLink }> {
    const inTransaction = <T>(run: (tx: EntityManager) => Promise<T>) => (db ? run(db) : this.ds.transaction(run));
    const { row, link } = await inTransaction(async (tx) => {
      const row = await this.lockedRow(tx, id);
      await this.checkOwner(tx, viewer, row);
      this.checkLock(row, lockVersion);
      if (row.status !== "DRAFT") throw new DomainError("CONFLICT", `${row.number} was already sent`, "id");
      const record = await this.record(row, tx);
      if (row.approvalRequired && !record.approved) {
        throw new DomainError("FORBIDDEN", `An admin must approve ${row.number} before it is sent: ${row.approvalReasons.join("; ")}`);
      }
      if (isExpired(row.validUntil, row.timeZone, this.clock())) {
        throw badInput(`${row.number} was valid until ${row.validUntil}; set a later date before sending it`, "validUntil");
      }
      const onRequest = linesOnRequest(record.computed);
      if (onRequest.length > 0 && !priceToBeAgreed) {
        throw badInput(
          `${onRequest.join(", ")} ${onRequest.length === 1 ? "is" : "are"} still priced on request: agree the price, or send the quote marked "price to be agreed"`,
          "priceToBeAgreed",
        );
      }
      row.priceToBeAgreed = onRequest.length > 0;
      row.status = "SENT";
      row.sentAt = this.clock();
      row.lockVersion += 1;
      await tx.save(QuoteEntity, row);
      const link = await this.newLink(tx, row.id, viewer);
      await this.outbox.enqueue(tx, quoteSentMessage(this.facts(row, record.catalogName), `${origin}/q/${link.token}`, row.validUntil));
      await this.audit.record(tx, viewer, {
        action: "quote.send",
        entity: "quote",
        entityKey: row.number,
        summary: `Sent ${row.number} to ${row.customerEmail}${row.priceToBeAgreed ? ", price to be agreed" : ""}`,
      });
      return { row, link };
    });
    return { quote: await this.record(row, db), link };
  }

  async createShareLink(viewer: Viewer, id: string): Promise<SharedLink> {
    return this.ds.transaction(async (tx) => {
      const row = await this.lockedRow(tx, id);
      await this.checkOwner(tx, viewer, row);
      if (row.status === "DRAFT") throw new DomainError("CONFLICT", `${row.number} is a draft; send it first`, "id");
      const link = await this.newLink(tx, row.id, viewer);
      await this.audit.record(tx, viewer, { action: "quote.link", entity: "quote", entityKey: row.number, summary: `Made a new share link for ${row.number}` });
      return link;
    });
  }

  async revokeShareLink(viewer: Viewer, id: string, linkId: string): Promise<QuoteRecord> {
    const row = await this.ds.transaction(async (tx) => {
      const row = await this.lockedRow(tx, id);
      await this.checkOwner(tx, viewer, row);
      if (!/^[0-9a-f]{16}$/.test(linkId)) throw notFound("There is no such active link on this quote", "linkId");
      const result = await tx
        .createQueryBuilder()
        .update(ShareLinkEntity)
        .set({ revokedAt: this.clock() })
        .where("quote_id = :quoteId AND token_hash LIKE :prefix AND revoked_at IS NULL", { quoteId: row.id, prefix: `${linkId}%` })
        .execute();
      if (!result.affected) throw notFound("There is no such active link on this quote", "linkId");
      await this.audit.record(tx, viewer, { action: "quote.unlink", entity: "quote", entityKey: row.number, summary: `Revoked a share link of ${row.number}` });
      return row;
    });
    return this.record(row);
  }

  /** Numbers of the revisions that replaced these quotes, by quote id (one statement for many). */
  async successorNumbers(quoteIds: readonly string[]): Promise<Map<string, string>> {
    const rows: { id: string; number: string }[] = await this.ds.query(
      `SELECT q.id, n.number FROM quote q JOIN quote n ON n.id = q.superseded_by WHERE q.id = ANY($1::uuid[])`,
      [quoteIds],
    );
    return new Map(rows.map((r) => [r.id, r.number]));
  }

  /** Share links of these quotes, oldest first, by quote id (one statement for many). */
  async links(quoteIds: readonly string[]): Promise<Map<string, { id: string; createdAt: Date; revokedAt: Date | null }[]>> {
    const rows = await this.ds.manager.find(ShareLinkEntity, { where: { quoteId: In([...quoteIds]) }, order: { createdAt: "ASC" } });
    const byQuote = new Map<string, { id: string; createdAt: Date; revokedAt: Date | null }[]>();
    for (const r of rows) {
      const list = byQuote.get(r.quoteId) ?? [];
      list.push({ id: r.tokenHash.slice(0, 16), createdAt: r.createdAt, revokedAt: r.revokedAt });
      byQuote.set(r.quoteId, list);
    }
    return byQuote;
  }

  /** A new draft revision of a sent quote (Q-2026-0001-2); the old one is superseded. */
  async revise(viewer: Viewer, id: string): Promise<QuoteRecord> {
    const row = await this.ds.transaction(async (tx) => {
      const old = await this.lockedRow(tx, id);
      await this.checkOwner(tx, viewer, old);
      const status = (await this.record(old, tx)).status;
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
      if (isExpired(next.validUntil, next.timeZone, now)) next.validUntil = addDaysTo(localDate(now, next.timeZone), await this.validityDays(tx, (await this.version(old.catalogVersionId, tx)).catalogId));
      next.expiresAt = validityEnd(next.validUntil, next.timeZone);
      await tx.insert(QuoteEntity, next as never);
      old.status = "SUPERSEDED";
      old.supersededBy = next.id;
      old.lockVersion += 1;
      await tx.save(QuoteEntity, old);
      await this.audit.record(tx, viewer, { action: "quote.revise", entity: "quote", entityKey: old.number, summary: `Revised ${old.number} as ${next.number}` });
      return next;
    });
    return this.record(row);
  }

  async get(id: string): Promise<QuoteRecord> {
    if (!isUuid(id)) throw notFound("There is no such quote", "id");
    const row = await this.ds.manager.findOne(QuoteEntity, { where: { id } });
    if (!row) throw notFound("There is no such quote", "id");
    return this.record(row);
  }

  async getByNumber(number: string): Promise<QuoteRecord> {
    const row = await this.ds.manager.findOne(QuoteEntity, { where: { number: number.trim().toUpperCase() } });
    if (!row) throw notFound(`There is no quote ${number}`, "number");
    return this.record(row);
  }

  /** Newest first; search matches the number, company, contact or email. */
  async list(q: ListQuery) {
    const first = checkPageSize(q.first);
    const qb = this.ds.manager.createQueryBuilder(QuoteEntity, "q").orderBy("q.created_at", "DESC").addOrderBy("q.id", "DESC").limit(first + 1);
    if (q.search?.trim()) {
      const like = `%${q.search.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      qb.andWhere("(q.number ILIKE :like OR q.customer_company ILIKE :like OR q.customer_name ILIKE :like OR q.customer_email ILIKE :like)", { like });
    }
    // A sent quote reads EXPIRED from the instant its validity ends (stored with it), exactly as
    // record() judges a row, so a page holds what the filter asks for.
    const now = this.clock();
    const utcToday = localDate(now, "UTC");
    if (q.status === "EXPIRED") {
      qb.andWhere("q.status = 'SENT' AND q.expires_at <= :now", { now });
    } else if (q.status === "SENT") {
      qb.andWhere("q.status = 'SENT' AND (q.expires_at IS NULL OR q.expires_at > :now)", { now });
    } else if (q.status) {
      qb.andWhere("q.status = :status", { status: q.status });
    }
    if (q.ownerId) {
      if (!isUuid(q.ownerId)) throw notFound("There is no such user", "ownerId");
      qb.andWhere("q.owner_id = :owner", { owner: q.ownerId });
    }
    if (q.awaitingApproval) {
      qb.andWhere(
        `q.status = 'DRAFT' AND q.approval_required AND q.approval_request_fingerprint = q.fingerprint
         AND q.approved_fingerprint IS DISTINCT FROM q.fingerprint AND q.rejected_fingerprint IS DISTINCT FROM q.fingerprint`,
      );
    }
    const within = q.expiringWithinDays;
    if (within != null) {
      if (!Number.isInteger(within) || within < 0 || within > 365) throw badInput("expiringWithinDays must be a whole number from 0 to 365", "expiringWithinDays");
      // Open sent quotes; the day in each quote's own zone is judged below (the SQL narrows by a day).
      qb.andWhere("q.status = 'SENT' AND q.expires_at > :now AND q.valid_until <= :until", { now, until: addDaysTo(utcToday, within + 1) });
    }
    if (q.after) {
      const c = decodeCursor(q.after);
      qb.andWhere("(q.created_at, q.id) < (:at, :id)", { at: c.at, id: c.id });
    }
    const rows = await qb.getMany();
    const page = rows.slice(0, first);
    const records = await Promise.all(page.map((r) => this.record(r)));
    const filtered = records.filter((r) => within == null || (r.status === "SENT" && r.row.validUntil! <= addDaysTo(localDate(now, r.row.timeZone), within)));
    const last = page[page.length - 1];
    return { quotes: filtered, nextCursor: rows.length > first && last ? encodeCursor({ at: last.createdAt, id: last.id }) : null };
  }

  // --- Through a share link, without logging in -------------------------------------------

  async linkedRow(tx: EntityManager, token: string, lock: boolean): Promise<QuoteEntity> {
    const link = await tx.findOne(ShareLinkEntity, { where: { tokenHash: hashToken(token) } });
    if (!link || link.revokedAt) throw notFound("This link does not open a quote (it may have been withdrawn)", "token");
    return lock ? this.lockedRow(tx, link.quoteId) : tx.findOneByOrFail(QuoteEntity, { id: link.quoteId });
  }

  async shared(token: string): Promise<QuoteRecord> {
    return this.record(await this.linkedRow(this.ds.manager, token, false));
  }

  async decidable(tx: EntityManager, row: QuoteEntity): Promise<void> {
    const status = (await this.record(row, tx)).status;
    if (status === "EXPIRED") throw new DomainError("CONFLICT", `This quote was valid until ${row.validUntil}; ask for a new one`, "token");
    if (status === "SUPERSEDED") {
      const next = row.supersededBy ? await tx.findOneBy(QuoteEntity, { id: row.supersededBy }) : null;
      throw new DomainError("CONFLICT", `This quote was replaced${next ? ` by ${next.number}` : ""}; ask for the new link`, "token");
    }
  }

  async decline(token: string, name: string | null, reason: string | null): Promise<QuoteRecord> {
    const row = await this.ds.transaction(async (tx) => {
      const row = await this.linkedRow(tx, token, true);
      if (row.status === "DECLINED") return row;
      if (row.status === "ACCEPTED") throw new DomainError("CONFLICT", "This quote was already accepted", "token");
      await this.decidable(tx, row);
      row.status = "DECLINED";
      row.decidedByName = name?.trim() || null;
      row.declineReason = reason?.trim() || null;
      row.decidedAt = this.clock();
      row.lockVersion += 1;
      await tx.save(QuoteEntity, row);
      const rep = await tx.findOneBy(UserEntity, { id: row.ownerId });
      if (rep) await this.outbox.enqueue(tx, repDeclinedMessage(this.facts(row, (await this.record(row, tx)).catalogName), rep.email, row.decidedByName, row.declineReason));
      await this.audit.record(tx, null, { action: "quote.decline", entity: "quote", entityKey: row.number, summary: `${row.decidedByName ?? "The customer"} declined ${row.number}` });
      return row;
    });
    return this.record(row);
  }
}
