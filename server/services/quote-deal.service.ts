import { In, type DataSource, type EntityManager } from "typeorm";
import { QuoteAcceptanceEntity } from "../db/entities/quote-acceptance.entity.js";
import { QuoteEntity } from "../db/entities/quote.entities.js";
import { checkAcceptance, clauseTexts, contentDigest, typedName, type AcceptanceInput, type AuthorizedContact } from "../domain/acceptance.js";
import type { ComputedQuote } from "../domain/quote.js";
import { normalizeEmail } from "./auth.service.js";
import { parseDate } from "../domain/dates.js";
import { badInput, DomainError } from "../domain/errors.js";
import { addDaysTo, isExpired, localDate, validityEnd } from "../domain/quote.js";
import type { AuditService } from "./audit.service.js";
import type { OutboxService } from "./outbox.service.js";
import { UserEntity } from "../db/entities/user.entities.js";
import { acceptanceConfirmation, repAcceptedMessage } from "../domain/messages.js";
import type { QuoteShareService } from "./quote-share.service.js";
import type { QuoteRecord, QuoteService, StoredInput } from "./quote.service.js";
import { revisionChanges } from "../domain/revision-changes.js";
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
    private readonly shares: QuoteShareService,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
  ) {}

  /** The email address of the rep who owns the quote. */
  private async ownerEmail(tx: EntityManager, row: QuoteEntity): Promise<string | null> {
    return (await tx.findOneBy(UserEntity, { id: row.ownerId }))?.email ?? null;
  }

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

  /** The authorized contacts with their addresses checked; one address is named once. */
  private contacts(contacts: AuthorizedContact[]): AuthorizedContact[] {
    const seen = new Set<string>();
    return contacts.map((c, i) => {
      let email: string;
      try {
        email = normalizeEmail(c.email);
      } catch {
        throw badInput(`"${c.email}" is not an email address`, `contacts[${i}].email`);
      }
      if (seen.has(email)) throw badInput(`${email} is named twice among the authorized contacts`, `contacts[${i}].email`);
      seen.add(email);
      return { name: c.name.trim(), email };
    });
  }

  /**
   * The customer accepts one option through the link, having read its clauses, naming its
   * authorized contacts and typing their name. What they saw is kept with a digest. Accepting
   * the same option again is harmless and returns the first acceptance.
   */
  async accept(token: string, input: AcceptanceInput, ip: string, db?: EntityManager): Promise<QuoteRecord> {
    typedName(input.name);
    const inTransaction = <T>(run: (tx: EntityManager) => Promise<T>) => (db ? run(db) : this.ds.transaction(run));
    const row = await inTransaction(async (tx) => {
      const row = await this.shares.linkedRow(tx, token, true);
      const computed = row.computed as ComputedQuote;
      if (row.status === "ACCEPTED") {
        if (input.option === null || row.acceptedOption === input.option) return row;
        throw new DomainError("CONFLICT", `This quote was already accepted with option ${row.acceptedOption! + 1}`, "option");
      }
      if (row.status === "DECLINED") throw new DomainError("CONFLICT", "This quote was declined", "token");
      await this.shares.decidable(tx, row);
      const record = await this.quotes.record(row, tx);
      const { option, name } = checkAcceptance(record.catalog, computed, input);
      const contacts = this.contacts(input.contacts);
      const chosen = computed.options[option];
      const now = this.clock();
      const { content, digest } = contentDigest(
        {
          number: row.number,
          catalogName: record.catalogName,
          catalogVersion: record.catalogVersion,
          customer: { company: row.customerCompany, name: row.customerName, email: row.customerEmail },
          figures: record.input.content.figures,
          timeZone: row.timeZone,
          validUntil: row.validUntil,
          priceToBeAgreed: row.priceToBeAgreed,
          computed,
        },
        option,
      );
      row.status = "ACCEPTED";
      row.acceptedOption = option;
      // Lists show what was bought: the accepted option's total, not the first one's.
      row.total = chosen.total;
      row.decidedByName = name;
      row.decidedAt = now;
      row.lockVersion += 1;
      await tx.save(QuoteEntity, row);
      await tx.insert(QuoteAcceptanceEntity, {
        quoteId: row.id,
        option,
        optionLabel: chosen.label,
        planName: chosen.planName,
        name,
        contacts,
        clauses: clauseTexts(chosen.exclusions),
        clientIp: ip,
        acceptedAt: now,
        content,
        contentDigest: digest,
      });
      const facts = this.quotes.facts(row, record.catalogName);
      const optionName = chosen.label ? `${chosen.label}: ${chosen.planName}` : chosen.planName;
      await this.outbox.enqueue(tx, acceptanceConfirmation(facts, optionName, digest));
      const rep = await this.ownerEmail(tx, row);
      if (rep) await this.outbox.enqueue(tx, repAcceptedMessage(facts, rep, optionName, name));
      await this.audit.record(tx, null, {
        action: "quote.accept",
        entity: "quote",
        entityKey: row.number,
        summary: `${name} accepted ${row.number}${computed.options.length > 1 ? ` (${chosen.label ?? option + 1})` : ""}, ${contacts.length} authorized contacts, digest ${digest.slice(0, 12)}`,
      });
      return row;
    });
    return this.quotes.record(row, db);
  }

  /** Acceptance records by quote id (one statement for many). */
  async acceptances(quoteIds: readonly string[], db: EntityManager = this.ds.manager): Promise<Map<string, QuoteAcceptanceEntity>> {
    const rows = await db.find(QuoteAcceptanceEntity, { where: { quoteId: In([...quoteIds]) } });
    return new Map(rows.map((r) => [r.quoteId, r]));
  }

  /**
   * What a revision changed since the latest earlier revision its customer was sent, in words;
   * null for a first revision (or when none before it was sent).
   */
  async changesSinceSeen(record: QuoteRecord): Promise<string[] | null> {
    const { row } = record;
    if (row.revision === 1) return null;
    const seen = await this.ds.manager
      .createQueryBuilder(QuoteEntity, "q")
      .where("q.base_number = :base AND q.revision < :revision AND q.sent_at IS NOT NULL", { base: row.baseNumber, revision: row.revision })
      .orderBy("q.revision", "DESC")
      .getOne();
    if (!seen) return null;
    const face = (q: QuoteEntity) => ({ figures: (q.input as StoredInput).content.figures, validUntil: q.validUntil, computed: q.computed as ComputedQuote });
    return revisionChanges(face(seen), face(row));
  }
}
