/** Sharing a quote: sending it with a share link, the links made and revoked, and what a customer does through one. */
import { createHash, randomBytes } from "node:crypto";
import { In, type DataSource, type EntityManager } from "typeorm";
import { QuoteEntity, ShareLinkEntity } from "../db/entities/quote.entities.js";
import { badInput, DomainError, notFound } from "../domain/errors.js";
import { isExpired } from "../domain/quote.js";
import { linesOnRequest } from "../domain/quote-approval.js";
import { UserEntity } from "../db/entities/user.entities.js";
import type { AuditService } from "./audit.service.js";
import type { OutboxService } from "./outbox.service.js";
import { quoteSentMessage, repDeclinedMessage } from "../domain/messages.js";
import type { QuoteRecord, QuoteService } from "./quote.service.js";
import type { Viewer } from "./viewer.js";

export interface SharedLink {
  id: string;
  token: string;
  createdAt: Date;
}

function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** Share links and the customer's side of a quote; every change runs in one transaction with its audit entry. */
export class QuoteShareService {
  constructor(
    private readonly ds: DataSource,
    private readonly clock: () => Date,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
    private readonly quotes: QuoteService,
  ) {}

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
      const row = await this.quotes.lockedRow(tx, id);
      await this.quotes.checkOwner(tx, viewer, row);
      this.quotes.checkLock(row, lockVersion);
      if (row.status !== "DRAFT") throw new DomainError("CONFLICT", `${row.number} was already sent`, "id");
      const record = await this.quotes.record(row, tx);
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
      await this.outbox.enqueue(tx, quoteSentMessage(this.quotes.facts(row, record.catalogName), `${origin}/q/${link.token}`, row.validUntil));
      await this.audit.record(tx, viewer, {
        action: "quote.send",
        entity: "quote",
        entityKey: row.number,
        summary: `Sent ${row.number} to ${row.customerEmail}${row.priceToBeAgreed ? ", price to be agreed" : ""}`,
      });
      return { row, link };
    });
    return { quote: await this.quotes.record(row, db), link };
  }

  async createShareLink(viewer: Viewer, id: string): Promise<SharedLink> {
    return this.ds.transaction(async (tx) => {
      const row = await this.quotes.lockedRow(tx, id);
      await this.quotes.checkOwner(tx, viewer, row);
      if (row.status === "DRAFT") throw new DomainError("CONFLICT", `${row.number} is a draft; send it first`, "id");
      const link = await this.newLink(tx, row.id, viewer);
      await this.audit.record(tx, viewer, { action: "quote.link", entity: "quote", entityKey: row.number, summary: `Made a new share link for ${row.number}` });
      return link;
    });
  }

  async revokeShareLink(viewer: Viewer, id: string, linkId: string): Promise<QuoteRecord> {
    const row = await this.ds.transaction(async (tx) => {
      const row = await this.quotes.lockedRow(tx, id);
      await this.quotes.checkOwner(tx, viewer, row);
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
    return this.quotes.record(row);
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

  // --- Through a share link, without logging in -------------------------------------------

  async linkedRow(tx: EntityManager, token: string, lock: boolean): Promise<QuoteEntity> {
    const link = await tx.findOne(ShareLinkEntity, { where: { tokenHash: hashToken(token) } });
    if (!link || link.revokedAt) throw notFound("This link does not open a quote (it may have been withdrawn)", "token");
    return lock ? this.quotes.lockedRow(tx, link.quoteId) : tx.findOneByOrFail(QuoteEntity, { id: link.quoteId });
  }

  async shared(token: string): Promise<QuoteRecord> {
    return this.quotes.record(await this.linkedRow(this.ds.manager, token, false));
  }

  async decidable(tx: EntityManager, row: QuoteEntity): Promise<void> {
    const status = (await this.quotes.record(row, tx)).status;
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
      if (rep) await this.outbox.enqueue(tx, repDeclinedMessage(this.quotes.facts(row, (await this.quotes.record(row, tx)).catalogName), rep.email, row.decidedByName, row.declineReason));
      await this.audit.record(tx, null, { action: "quote.decline", entity: "quote", entityKey: row.number, summary: `${row.decidedByName ?? "The customer"} declined ${row.number}` });
      return row;
    });
    return this.quotes.record(row);
  }
}
