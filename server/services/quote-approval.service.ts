import type { DataSource, EntityManager } from "typeorm";
import { repApprovalMessage } from "../domain/messages.js";
import type { OutboxService } from "./outbox.service.js";
import { QuoteEntity } from "../db/entities/quote.entities.js";
import { UserEntity } from "../db/entities/user.entities.js";
import { isUuid } from "../db/ids.js";
import { badInput, DomainError, notFound } from "../domain/errors.js";
import type { AuditService } from "./audit.service.js";
import type { QuoteRecord, QuoteService } from "./quote.service.js";
import type { Viewer } from "./viewer.js";

/**
 * Approval of quotes and who owns them. Requests and decisions are bound to the digest of
 * what the customer will see (QuoteEntity.fingerprint): a change after them makes them
 * stale, so the quote asks again. Each change is one transaction with its audit entry.
 */
export class QuoteApprovalService {
  constructor(
    private readonly ds: DataSource,
    private readonly clock: () => Date,
    private readonly quotes: QuoteService,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
  ) {}

  /** The owner learns the decision by email; the admin's words stay on the quote for staff. */
  private async tellOwner(tx: EntityManager, row: QuoteEntity, approved: boolean): Promise<void> {
    const owner = await tx.findOneBy(UserEntity, { id: row.ownerId });
    if (!owner) return;
    const vendor = (await this.quotes.record(row, tx)).catalogName;
    await this.outbox.enqueue(tx, repApprovalMessage(this.quotes.facts(row, vendor), owner.email, approved));
  }

  /** A draft's owner asks an admin to approve it as it stands, with a note. */
  async requestApproval(viewer: Viewer, id: string, note: string | null): Promise<QuoteRecord> {
    const text = note?.trim() || null;
    if (text && text.length > 2000) throw badInput("The note is at most 2000 characters", "note");
    const row = await this.ds.transaction(async (tx) => {
      const row = await this.quotes.lockedRow(tx, id);
      await this.quotes.checkOwner(tx, viewer, row);
      if (row.status !== "DRAFT") throw new DomainError("CONFLICT", `${row.number} is no longer a draft`, "id");
      const state = (await this.quotes.record(row, tx)).approval;
      if (state === "NOT_NEEDED") throw new DomainError("CONFLICT", `${row.number} needs no approval: sales may send it as it is`, "id");
      if (state === "APPROVED") throw new DomainError("CONFLICT", `${row.number} is already approved as it stands`, "id");
      row.approvalRequestedBy = viewer.id;
      row.approvalRequestedAt = this.clock();
      row.approvalNote = text;
      row.approvalRequestFingerprint = row.fingerprint;
      row.lockVersion += 1;
      await tx.save(QuoteEntity, row);
      await this.audit.record(tx, viewer, {
        action: "quote.request-approval",
        entity: "quote",
        entityKey: row.number,
        summary: `Asked an admin to approve ${row.number}${text ? `: ${text}` : ""}`,
      });
      return row;
    });
    return this.quotes.record(row);
  }

  /** An admin approves the quote as it stands; any later change of what the customer sees asks again. */
  async approve(viewer: Viewer, id: string, lockVersion: number): Promise<QuoteRecord> {
    const row = await this.ds.transaction(async (tx) => {
      const row = await this.quotes.lockedRow(tx, id);
      this.quotes.checkLock(row, lockVersion);
      if (row.status !== "DRAFT") throw new DomainError("CONFLICT", `${row.number} is no longer a draft`, "id");
      row.approvedFingerprint = row.fingerprint;
      row.approvedBy = viewer.id;
      row.approvedAt = this.clock();
      row.lockVersion += 1;
      await tx.save(QuoteEntity, row);
      await this.tellOwner(tx, row, true);
      await this.audit.record(tx, viewer, {
        action: "quote.approve",
        entity: "quote",
        entityKey: row.number,
        summary: `Approved ${row.number}${row.approvalReasons.length ? `: ${row.approvalReasons.join("; ")}` : ""}`,
      });
      return row;
    });
    return this.quotes.record(row);
  }

  /** An admin turns down an approval request, saying why; the rep changes the quote and asks again. */
  async reject(viewer: Viewer, id: string, lockVersion: number, reason: string): Promise<QuoteRecord> {
    const text = reason.trim();
    if (!text) throw badInput("Say why the quote is not approved", "reason");
    if (text.length > 2000) throw badInput("The reason is at most 2000 characters", "reason");
    const row = await this.ds.transaction(async (tx) => {
      const row = await this.quotes.lockedRow(tx, id);
      this.quotes.checkLock(row, lockVersion);
      if (row.status !== "DRAFT") throw new DomainError("CONFLICT", `${row.number} is no longer a draft`, "id");
      if ((await this.quotes.record(row, tx)).approval !== "REQUESTED") throw new DomainError("CONFLICT", `Nobody asked to approve ${row.number} as it stands`, "id");
      row.rejectedFingerprint = row.fingerprint;
      row.rejectedBy = viewer.id;
      row.rejectedAt = this.clock();
      row.rejectionReason = text;
      row.lockVersion += 1;
      await tx.save(QuoteEntity, row);
      await this.tellOwner(tx, row, false);
      await this.audit.record(tx, viewer, { action: "quote.reject", entity: "quote", entityKey: row.number, summary: `Did not approve ${row.number}: ${text}` });
      return row;
    });
    return this.quotes.record(row);
  }

  /** An admin hands a quote (and its later revisions) to another rep. */
  async assign(viewer: Viewer, id: string, ownerId: string): Promise<QuoteRecord> {
    const row = await this.ds.transaction(async (tx) => {
      const row = await this.quotes.lockedRow(tx, id);
      const owner = isUuid(ownerId) ? await tx.findOneBy(UserEntity, { id: ownerId }) : null;
      if (!owner) throw notFound("There is no such user", "ownerId");
      if (owner.disabledAt !== null) throw badInput(`${owner.name} is disabled; assign the quote to an active user`, "ownerId");
      if (row.ownerId === owner.id) return row;
      const before = await tx.findOneBy(UserEntity, { id: row.ownerId });
      row.ownerId = owner.id;
      row.lockVersion += 1;
      await tx.save(QuoteEntity, row);
      await this.audit.record(tx, viewer, {
        action: "quote.assign",
        entity: "quote",
        entityKey: row.number,
        summary: `Assigned ${row.number} to ${owner.name}`,
        before: { owner: before?.email ?? null },
        after: { owner: owner.email },
      });
      return row;
    });
    return this.quotes.record(row);
  }
}
