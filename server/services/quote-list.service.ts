/** The quote list with its search and filters, and the users and successors it shows, loaded many at once. */
import { In, type DataSource } from "typeorm";
import { QuoteEntity, type QuoteStatus } from "../db/entities/quote.entities.js";
import { checkPageSize, decodeCursor, encodeCursor } from "../db/cursor.js";
import { isUuid } from "../db/ids.js";
import { badInput, notFound } from "../domain/errors.js";
import { addDaysTo, localDate } from "../domain/quote.js";
import { UserEntity } from "../db/entities/user.entities.js";
import type { QuoteService } from "./quote.service.js";

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

/** Reads over many quotes: the list, and what its rows name (owners, successors). */
export class QuoteListService {
  constructor(
    private readonly ds: DataSource,
    private readonly clock: () => Date,
    private readonly quotes: QuoteService,
  ) {}

  /** Users by id, for owners and approvers (one statement for many). */
  async users(ids: readonly string[]): Promise<Map<string, { id: string; name: string; email: string }>> {
    const rows = await this.ds.manager.find(UserEntity, { where: { id: In([...ids]) } });
    return new Map(rows.map((u) => [u.id, { id: u.id, name: u.name, email: u.email }]));
  }

  /** Numbers of the revisions that replaced these quotes, by quote id (one statement for many). */
  async successorNumbers(quoteIds: readonly string[]): Promise<Map<string, string>> {
    const rows: { id: string; number: string }[] = await this.ds.query(
      `SELECT q.id, n.number FROM quote q JOIN quote n ON n.id = q.superseded_by WHERE q.id = ANY($1::uuid[])`,
      [quoteIds],
    );
    return new Map(rows.map((r) => [r.id, r.number]));
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
    const records = await Promise.all(page.map((r) => this.quotes.record(r)));
    const filtered = records.filter((r) => within == null || (r.status === "SENT" && r.row.validUntil! <= addDaysTo(localDate(now, r.row.timeZone), within)));
    const last = page[page.length - 1];
    return { quotes: filtered, nextCursor: rows.length > first && last ? encodeCursor({ at: last.createdAt, id: last.id }) : null };
  }
}
