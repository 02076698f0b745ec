import { randomUUID } from "node:crypto";
import type { DataSource, EntityManager } from "typeorm";
import { QuoteRequestEntity } from "../db/entities/quote-request.entity.js";
import { DomainError, badInput, notFound } from "../domain/errors.js";
import { localDate } from "../domain/quote.js";
import {
  checkQuoteRequest,
  MAX_IDEMPOTENCY_KEY,
  requestReference,
  type QuoteRequestInput,
} from "../domain/quote-request.js";
import type { AuditService } from "./audit.service.js";
import type { CatalogService } from "./catalog.service.js";
import type { SettingsService } from "./settings.service.js";

export interface QuoteRequestReceipt {
  reference: string;
}

const HOUR_MS = 3_600_000;
/** Enough for a team asking about several catalogs from one office address, few enough to stop a flood. */
export const DEFAULT_REQUESTS_PER_HOUR = 20;

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

      // The counter row stays locked until this transaction ends: references are consecutive and a rollback leaves no gap.
      const year = Number(localDate(now, (await this.settings.get(tx)).timeZone).slice(0, 4));
      const [{ last }] = await tx.query(
        `INSERT INTO quote_request_counter (year, last) VALUES ($1, 1)
         ON CONFLICT (year) DO UPDATE SET last = quote_request_counter.last + 1 RETURNING last`,
        [year],
      );
      const reference = requestReference(year, last);
      await tx.insert(QuoteRequestEntity, {
        id: randomUUID(),
        reference,
        status: "OPEN",
        catalogVersionId: version.id,
        planKey: checked.planKey,
        addOnKeys: checked.addOnKeys,
        figures: checked.figures as never,
        total: checked.total,
        currency: checked.currency,
        company: checked.company,
        contactName: checked.contactName,
        email: checked.email,
        message: checked.message,
        clientIp: ip,
        idempotencyKey: key,
        createdAt: now,
        ownerId: null,
        takenAt: null,
        closeReason: null,
        closedAt: null,
        quoteId: null,
      });
      await this.audit.record(tx, null, {
        action: "quoteRequest.create",
        entity: "quote_request",
        entityKey: reference,
        summary: `${checked.contactName} (${checked.company}) asked for a quote for ${version.catalog.name}, ${checked.planKey}`,
      });
      return { reference };
    });
  }
}
