import { randomUUID } from "node:crypto";
import type { DataSource, EntityManager } from "typeorm";
import { checkPageSize, decodeCursor, encodeCursor } from "../db/cursor.js";
import { QuoteRequestEntity, type QuoteRequestStatus } from "../db/entities/quote-request.entity.js";
import { isUuid } from "../db/ids.js";
import { DomainError, badInput, notFound } from "../domain/errors.js";
import { localDate } from "../domain/quote.js";
import {
  checkQuoteRequest,
  type CheckedQuoteRequest,
  DEFAULT_REQUESTS_PER_HOUR,
  MAX_IDEMPOTENCY_KEY,
  requestReference,
  sameRequest,
  type QuoteRequestInput,
  type RequestFigures,
} from "../domain/quote-request.js";
import type { AuditService } from "./audit.service.js";
import { repInstantMessage, repRequestMessage } from "../domain/messages.js";
import { UserEntity } from "../db/entities/user.entities.js";
import { QuoteEntity } from "../db/entities/quote.entities.js";
import { IsNull } from "typeorm";
import type { OutboxService } from "./outbox.service.js";
import type { CatalogService } from "./catalog.service.js";
import type { QuoteDraftService } from "./quote-draft.service.js";
import type { QuoteShareService } from "./quote-share.service.js";
import type { QuoteRecord, QuoteService } from "./quote.service.js";
import type { SettingsService } from "./settings.service.js";
import type { Viewer } from "./viewer.js";

export interface QuoteRequestReceipt {
  reference: string;
}

const HOUR_MS = 3_600_000;
const MAX_REASON = 1000;

function checkKey(key: string | null | undefined): string | null {
  if (key == null) return null;
  if (key.length === 0 || key.length > MAX_IDEMPOTENCY_KEY) {
    throw badInput(`idempotencyKey is 1 to ${MAX_IDEMPOTENCY_KEY} characters`, "idempotencyKey");
  }
  return key;
}

/** Waits for other transactions holding the same named lock; released when this transaction ends. */
async function lockName(tx: EntityManager, name: string): Promise<void> {
  await tx.query("SELECT pg_advisory_xact_lock(hashtext($1))", [name]);
}

/**
 * Prospects' requests for a quote, from the public page. A request is checked as a quote is,
 * kept with the figures and the catalog version it was priced against, and answered with a
 * reference. The same idempotency key gives the same receipt, even for concurrent retries;
 * each client address may make a bounded number of requests an hour.
 */
export class QuoteRequestService {
  constructor(
    private readonly ds: DataSource,
    private readonly clock: () => Date,
    private readonly catalogs: CatalogService,
    private readonly settings: SettingsService,
    private readonly audit: AuditService,
    private readonly quotes: QuoteService,
    private readonly drafts: QuoteDraftService,
    private readonly shares: QuoteShareService,
    private readonly outbox: OutboxService,
    private readonly perHour = DEFAULT_REQUESTS_PER_HOUR,
  ) {}

  /** Refuses the request when the address has used its requests of the last hour, saying when to retry. */
  private async checkRate(tx: EntityManager, ip: string, now: Date): Promise<void> {
    const [{ n, oldest }] = await tx.query(
      `SELECT count(*)::int AS n, min(created_at) AS oldest FROM quote_request WHERE client_ip = $1 AND created_at > $2`,
      [ip, new Date(now.getTime() - HOUR_MS)],
    );
    if (n < this.perHour) return;
    const retryAfterSeconds = Math.max(1, Math.ceil((new Date(oldest).getTime() + HOUR_MS - now.getTime()) / 1000));
    throw new DomainError(
      "TOO_MANY_REQUESTS",
      `Too many quote requests from this address in the last hour; try again in ${Math.ceil(retryAfterSeconds / 60)} minutes, or write to us`,
      undefined,
      { retryAfterSeconds },
    );
  }

  async request(catalogSlug: string, input: QuoteRequestInput & { idempotencyKey?: string | null }, ip: string): Promise<QuoteRequestReceipt> {
    const key = checkKey(input.idempotencyKey);
    return this.ds.transaction(async (tx) => {
      // Retries with one key take turns, so the second sees the first's row instead of racing it.
      if (key !== null) {
        await lockName(tx, `quote_request.key:${key}`);
        const first = await tx.findOne(QuoteRequestEntity, { where: { idempotencyKey: key } });
        if (first && !sameRequest({ ...first, figures: first.figures as RequestFigures }, input)) {
          throw new DomainError("CONFLICT", "This idempotency key was already used for a different request; use a new key for a new request", "idempotencyKey");
        }
        if (first) return { reference: first.reference };
      }
      const head = await this.catalogs.findPublished(catalogSlug, tx);
      if (!head) throw notFound(`There is no published catalog "${catalogSlug}"`, "catalogSlug");
      const version = (await this.catalogs.loadVersions([head.versionId], tx)).get(head.versionId)!;
      const checked = checkQuoteRequest(version.catalog, input);

      // One address's requests take turns too, so concurrent ones cannot all slip under the limit.
      await lockName(tx, `quote_request.ip:${ip}`);
      const now = this.clock();
      await this.checkRate(tx, ip, now);

      const reference = await this.insertRequest(tx, (await this.settings.get(tx)).timeZone, {
        status: "OPEN",
        version,
        checked,
        ip,
        key,
        now,
        ownerId: null,
        quoteId: null,
      });
      // Nobody owns a new request yet: the first active admin hears of it and the queue shows it to every rep.
      const [admin] = await tx.query(`SELECT email FROM app_user WHERE role = 'ADMIN' AND disabled_at IS NULL ORDER BY created_at, id LIMIT 1`);
      const planName = version.catalog.plans.find((p) => p.key === checked.planKey)?.name ?? checked.planKey;
      if (admin) await this.outbox.enqueue(tx, repRequestMessage(version.catalog.name, admin.email, reference, checked.company, checked.contactName, planName));
      await this.audit.record(tx, null, {
        action: "quoteRequest.create",
        entity: "quote_request",
        entityKey: reference,
        summary: `${checked.contactName} (${checked.company}) asked for a quote for ${version.catalog.name}, ${checked.planKey}`,
      });
      return { reference };
    });
  }

  /**
   * A prospect's own quote for a tier with a published price: numbered, sent at once (the link
   * is returned and mailed), owned by the organisation's rep for instant quotes (or the first
   * admin), kept as a converted request so the rate limit and idempotency keys are shared.
   */
  async instant(catalogSlug: string, input: QuoteRequestInput & { idempotencyKey?: string | null; timeZone?: string | null }, ip: string, origin: string) {
    const key = checkKey(input.idempotencyKey);
    return this.ds.transaction(async (tx) => {
      if (key !== null) {
        await lockName(tx, `quote_request.key:${key}`);
        const first = await tx.findOne(QuoteRequestEntity, { where: { idempotencyKey: key } });
        if (first?.quoteId) {
          const owner = await tx.findOneByOrFail(UserEntity, { id: first.ownerId! });
          const link = await this.shares.newShareLink(tx, first.quoteId, owner);
          const quote = await this.quotes.record(await tx.findOneByOrFail(QuoteEntity, { id: first.quoteId }), tx);
          return { quote, link: { ...link, url: `${origin}/q/${link.token}` } };
        }
        if (first) throw new DomainError("CONFLICT", "This idempotency key was used for a quote request", "idempotencyKey");
      }
      const head = await this.catalogs.findPublished(catalogSlug, tx);
      if (!head) throw notFound(`There is no published catalog "${catalogSlug}"`, "catalogSlug");
      const version = (await this.catalogs.loadVersions([head.versionId], tx)).get(head.versionId)!;
      const checked = checkQuoteRequest(version.catalog, input);
      if (checked.instantRefusal !== null) throw badInput(checked.instantRefusal, "planKey");
      await lockName(tx, `quote_request.ip:${ip}`);
      const now = this.clock();
      await this.checkRate(tx, ip, now);
      const settings = await this.settings.get(tx);
      const owner = settings.instantQuoteOwnerId
        ? await tx.findOneBy(UserEntity, { id: settings.instantQuoteOwnerId })
        : await tx.findOne(UserEntity, { where: { role: "ADMIN", disabledAt: IsNull() }, order: { createdAt: "ASC", id: "ASC" } });
      if (!owner || owner.disabledAt) throw new DomainError("CONFLICT", "Instant quotes are not available now; request a quote instead");
      const rep = { id: owner.id, email: owner.email, name: owner.name, role: owner.role };
      const draft = {
        catalogSlug,
        customer: { company: checked.company, name: checked.contactName, email: checked.email },
        figures: checked.figures,
        options: [{ planKey: checked.planKey, addOnKeys: checked.addOnKeys }],
        timeZone: input.timeZone ?? null,
      };
      const created = await this.drafts.create(rep, draft, tx);
      const { quote, link } = await this.shares.send(rep, created.row.id, created.row.lockVersion, false, origin, tx);
      await this.insertRequest(tx, settings.timeZone, {
        status: "CONVERTED",
        version,
        checked,
        ip,
        key,
        now,
        ownerId: owner.id,
        quoteId: quote.row.id,
      });
      await this.outbox.enqueue(tx, repInstantMessage(this.quotes.facts(quote.row, version.catalog.name), owner.email));
      await this.audit.record(tx, null, {
        action: "quote.instant",
        entity: "quote",
        entityKey: quote.row.number,
        summary: `${checked.contactName} (${checked.company}) made instant quote ${quote.row.number} for ${version.catalog.name}, ${checked.planKey}`,
      });
      return { quote, link: { ...link, url: `${origin}/q/${link.token}` } };
    });
  }

  /**
   * Stores a request with the next reference of its year in the organisation's zone. The
   * counter row stays locked until the transaction ends: references are consecutive and a
   * rollback leaves no gap.
   */
  private async insertRequest(
    tx: EntityManager,
    timeZone: string,
    r: { status: QuoteRequestStatus; version: { id: string }; checked: CheckedQuoteRequest; ip: string; key: string | null; now: Date; ownerId: string | null; quoteId: string | null },
  ): Promise<string> {
    const year = Number(localDate(r.now, timeZone).slice(0, 4));
    const [{ last }] = await tx.query(
      `INSERT INTO quote_request_counter (year, last) VALUES ($1, 1)
       ON CONFLICT (year) DO UPDATE SET last = quote_request_counter.last + 1 RETURNING last`,
      [year],
    );
    const reference = requestReference(year, last);
    const { checked } = r;
    await tx.insert(QuoteRequestEntity, {
      id: randomUUID(),
      reference,
      status: r.status,
      catalogVersionId: r.version.id,
      planKey: checked.planKey,
      addOnKeys: checked.addOnKeys,
      figures: checked.figures as never,
      total: checked.total,
      currency: checked.currency,
      company: checked.company,
      contactName: checked.contactName,
      email: checked.email,
      message: checked.message,
      clientIp: r.ip,
      idempotencyKey: r.key,
      createdAt: r.now,
      ownerId: r.ownerId,
      takenAt: r.ownerId === null ? null : r.now,
      closeReason: null,
      closedAt: null,
      quoteId: r.quoteId,
    });
    return reference;
  }

  // --- The sales queue ----------------------------------------------------------------------

  private withRelations(db: EntityManager) {
    return db
      .createQueryBuilder(QuoteRequestEntity, "r")
      .leftJoinAndSelect("r.catalogVersion", "v")
      .leftJoinAndSelect("r.owner", "o")
      .leftJoinAndSelect("r.quote", "q");
  }

  async get(id: string, db: EntityManager = this.ds.manager): Promise<QuoteRequestEntity> {
    const row = isUuid(id) ? await this.withRelations(db).where("r.id = :id", { id }).getOne() : null;
    if (!row) throw notFound("There is no such quote request", "id");
    return row;
  }

  /** Newest first, optionally of one status. */
  async list(q: { status: QuoteRequestStatus | null; first: number; after: string | null }) {
    const first = checkPageSize(q.first);
    const qb = this.withRelations(this.ds.manager).orderBy("r.created_at", "DESC").addOrderBy("r.id", "DESC").limit(first + 1);
    if (q.status) qb.andWhere("r.status = :status", { status: q.status });
    if (q.after) {
      const c = decodeCursor(q.after);
      qb.andWhere("(r.created_at, r.id) < (:at, :id)", { at: c.at, id: c.id });
    }
    const rows = await qb.getMany();
    const page = rows.slice(0, first);
    const last = page[page.length - 1];
    return { requests: page, nextCursor: rows.length > first && last ? encodeCursor({ at: last.createdAt, id: last.id }) : null };
  }

  /** The request row, locked until the transaction ends, so two reps acting at once take turns. */
  private async locked(tx: EntityManager, id: string): Promise<QuoteRequestEntity> {
    if (!isUuid(id)) throw notFound("There is no such quote request", "id");
    const row = await tx.findOne(QuoteRequestEntity, { where: { id }, lock: { mode: "pessimistic_write" } });
    if (!row) throw notFound("There is no such quote request", "id");
    return row;
  }

  /** Refuses a request that is finished, or that another rep took (an admin may act on any). */
  private async checkActionable(tx: EntityManager, row: QuoteRequestEntity, viewer: Viewer, doing: string): Promise<void> {
    if (row.status === "CLOSED") throw new DomainError("CONFLICT", `${row.reference} was closed`, "id");
    if (row.status === "CONVERTED") throw new DomainError("CONFLICT", `${row.reference} was already turned into a quote`, "id");
    if (row.status === "TAKEN" && row.ownerId !== viewer.id && viewer.role !== "ADMIN") {
      const owner = await this.get(row.id, tx);
      throw new DomainError("FORBIDDEN", `${row.reference} was taken by ${owner.owner?.name ?? "another rep"}; only they or an admin can ${doing} it`, "id");
    }
  }

  /** A rep takes an open request: it is theirs to answer. Taking one's own again is harmless. */
  async take(viewer: Viewer, id: string): Promise<QuoteRequestEntity> {
    return this.ds.transaction(async (tx) => {
      const row = await this.locked(tx, id);
      if (row.status === "TAKEN" && row.ownerId === viewer.id) return this.get(id, tx);
      if (row.status === "TAKEN") {
        const owner = await this.get(id, tx);
        throw new DomainError("CONFLICT", `${row.reference} was already taken by ${owner.owner?.name ?? "another rep"}`, "id");
      }
      await this.checkActionable(tx, row, viewer, "take");
      await tx.update(QuoteRequestEntity, { id: row.id }, { status: "TAKEN", ownerId: viewer.id, takenAt: this.clock() });
      await this.audit.record(tx, viewer, { action: "quoteRequest.take", entity: "quote_request", entityKey: row.reference, summary: `${viewer.name} took ${row.reference}` });
      return this.get(id, tx);
    });
  }

  /** Closes a request without a quote (spam, a duplicate, no longer interested), saying why. */
  async close(viewer: Viewer, id: string, reason: string): Promise<QuoteRequestEntity> {
    const why = reason.trim();
    if (!why) throw badInput("Say why the request is closed", "reason");
    if (why.length > MAX_REASON) throw badInput(`The reason is at most ${MAX_REASON} characters`, "reason");
    return this.ds.transaction(async (tx) => {
      const row = await this.locked(tx, id);
      await this.checkActionable(tx, row, viewer, "close");
      await tx.update(QuoteRequestEntity, { id: row.id }, { status: "CLOSED", closeReason: why, closedAt: this.clock(), ownerId: row.ownerId ?? viewer.id });
      await this.audit.record(tx, viewer, { action: "quoteRequest.close", entity: "quote_request", entityKey: row.reference, summary: `Closed ${row.reference}: ${why}` });
      return this.get(id, tx);
    });
  }

  /**
   * Turns a request into a draft quote for its customer, plan, add-ons and figures, priced
   * against the catalog's latest published version; the request and the quote name each
   * other. One transaction: both are written or neither.
   */
  async convert(viewer: Viewer, id: string): Promise<{ request: QuoteRequestEntity; quote: QuoteRecord }> {
    return this.ds.transaction(async (tx) => {
      const row = await this.locked(tx, id);
      await this.checkActionable(tx, row, viewer, "convert");
      const version = (await this.catalogs.loadVersions([row.catalogVersionId], tx)).get(row.catalogVersionId)!;
      const quote = await this.drafts.create(
        viewer,
        {
          catalogSlug: version.catalog.slug,
          customer: { company: row.company, name: row.contactName, email: row.email },
          figures: row.figures as RequestFigures,
          options: [{ planKey: row.planKey, addOnKeys: row.addOnKeys }],
        },
        tx,
      );
      await tx.update(QuoteRequestEntity, { id: row.id }, { status: "CONVERTED", quoteId: quote.row.id, ownerId: row.ownerId ?? viewer.id, takenAt: row.takenAt ?? this.clock() });
      await this.audit.record(tx, viewer, {
        action: "quoteRequest.convert",
        entity: "quote_request",
        entityKey: row.reference,
        summary: `Turned ${row.reference} into ${quote.row.number}`,
      });
      return { request: await this.get(id, tx), quote };
    });
  }

  /** The references of the requests these quotes came from, by quote id (one statement for many). */
  async referencesOf(quoteIds: readonly string[]): Promise<Map<string, string>> {
    const rows: { quoteId: string; reference: string }[] = await this.ds.query(
      `SELECT quote_id AS "quoteId", reference FROM quote_request WHERE quote_id = ANY($1::uuid[])`,
      [quoteIds],
    );
    return new Map(rows.map((r) => [r.quoteId, r.reference]));
  }
}
