import type { DataSource, EntityManager } from "typeorm";
import { QuoteEntity, type QuoteStatus } from "../db/entities/quote.entities.js";
import { isUuid } from "../db/ids.js";
import type { PublishedVersion } from "../db/snapshot.js";
import { DomainError, notFound } from "../domain/errors.js";
import type { Catalog } from "../domain/catalog.js";
import { isExpired, localDate, type ComputedQuote, type QuoteContent } from "../domain/quote.js";
import { linesOnRequest, quoteActions, quoteWarnings, type ApprovalState, type QuoteAction } from "../domain/quote-approval.js";
import { UserEntity } from "../db/entities/user.entities.js";
import type { QuoteFacts } from "../domain/messages.js";
import type { CatalogService } from "./catalog.service.js";
import type { Viewer } from "./viewer.js";

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

/** Where a quote's approval stands; requests and decisions hold only for the content they were made on. */
function approvalState(row: QuoteEntity, approved: boolean): ApprovalState {
  if (approved) return "APPROVED";
  if (!row.approvalRequired) return "NOT_NEEDED";
  if (row.fingerprint !== null && row.rejectedFingerprint === row.fingerprint) return "REJECTED";
  if (row.fingerprint !== null && row.approvalRequestFingerprint === row.fingerprint) return "REQUESTED";
  return "NEEDED";
}

/**
 * A quote as stored and as the API shows it, one quote read by id or number, and the row
 * checks (locked row, owner, lock version) that the other quote services share.
 */
export class QuoteService {
  constructor(
    private readonly ds: DataSource,
    private readonly clock: () => Date,
    private readonly catalogs: CatalogService,
  ) {}

  /** What the emails about a quote say of it. */
  facts(row: QuoteEntity, vendor: string): QuoteFacts {
    return { vendor, number: row.number, company: row.customerCompany, customerName: row.customerName, customerEmail: row.customerEmail };
  }

  async version(id: string, db: EntityManager): Promise<PublishedVersion> {
    return (await this.catalogs.loadVersions([id], db)).get(id)!;
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

}
