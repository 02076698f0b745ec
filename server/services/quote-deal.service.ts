import type { DataSource } from "typeorm";
import { QuoteEntity } from "../db/entities/quote.entities.js";
import { parseDate } from "../domain/dates.js";
import { badInput, DomainError } from "../domain/errors.js";
import { addDaysTo, isExpired, localDate, validityEnd } from "../domain/quote.js";
import type { AuditService } from "./audit.service.js";
import type { QuoteRecord, QuoteService } from "./quote.service.js";
import type { Viewer } from "./viewer.js";

/** A sent quote's validity can be pushed back at most this far ahead, so a typo cannot make it open-ended. */
const MAX_EXTENSION_DAYS = 366;

/**
 * What happens to a quote once it is sent: its validity extended (the one change that needs no
 * revision), and the customer's decision.
 */
export class QuoteDealService {
  constructor(
    private readonly ds: DataSource,
    private readonly clock: () => Date,
    private readonly quotes: QuoteService,
    private readonly audit: AuditService,
  ) {}

  /** A sent quote (expired by time or not) valid until a later day; audited, no revision. */
  async extendValidity(viewer: Viewer, id: string, validUntil: string, lockVersion: number | null): Promise<QuoteRecord> {
    const row = await this.ds.transaction(async (tx) => {
      const row = await this.quotes.lockedRow(tx, id);
      await this.quotes.checkOwner(tx, viewer, row);
      if (lockVersion !== null) this.quotes.checkLock(row, lockVersion);
      if (row.status === "DRAFT") throw new DomainError("CONFLICT", `${row.number} is a draft: change its validity by editing it`, "id");
      if (row.status !== "SENT") {
        throw new DomainError("CONFLICT", `${row.number} is ${row.status.toLowerCase()}; only a sent quote's validity can be extended`, "id");
      }
      const date = parseDate(validUntil, "validUntil").toISODate()!;
      const now = this.clock();
      const today = localDate(now, row.timeZone);
      if (isExpired(date, row.timeZone, now)) throw badInput(`validUntil must be today (${today}) or later`, "validUntil");
      if (row.validUntil !== null && date <= row.validUntil) {
        throw badInput(`validUntil must be later than the current ${row.validUntil}: this extends the quote`, "validUntil");
      }
      if (date > addDaysTo(today, MAX_EXTENSION_DAYS)) throw badInput(`validUntil can be at most ${MAX_EXTENSION_DAYS} days ahead`, "validUntil");
      const before = row.validUntil;
      row.validUntil = date;
      row.expiresAt = validityEnd(date, row.timeZone);
      row.lockVersion += 1;
      row.updatedAt = now;
      await tx.save(QuoteEntity, row);
      await this.audit.record(tx, viewer, {
        action: "quote.extend",
        entity: "quote",
        entityKey: row.number,
        summary: `Extended ${row.number}: valid until ${date} (was ${before ?? "open"})`,
        before: { validUntil: before },
        after: { validUntil: date },
      });
      return row;
    });
    return this.quotes.record(row);
  }
}
