import { createHash } from "node:crypto";
import type { EntityManager } from "typeorm";
import { QuoteEntity } from "../db/entities/quote.entities.js";
import type { IdempotencyService } from "./idempotency.service.js";
import type { AcceptanceInput } from "../domain/acceptance.js";
import type { QuoteDealService } from "./quote-deal.service.js";
import type { QuoteDraft, QuoteDraftService } from "./quote-draft.service.js";
import type { QuoteShareService, SharedLink } from "./quote-share.service.js";
import type { QuoteRecord, QuoteService } from "./quote.service.js";
import type { Viewer } from "./viewer.js";

/**
 * Creating, sending and accepting a quote with an optional idempotency key: a retry with the
 * same key (same user, or the same share link for a customer) answers what the first did and
 * makes no second quote, link, email or acceptance. Without a key each call simply runs.
 */
export class KeyedQuoteService {
  constructor(
    private readonly keys: IdempotencyService,
    private readonly quotes: QuoteService,
    private readonly drafts: QuoteDraftService,
    private readonly shares: QuoteShareService,
    private readonly deals: QuoteDealService,
  ) {}

  /** In the retry's own transaction: a second connection per waiting retry could exhaust the pool. */
  private async load(id: string, tx: EntityManager): Promise<QuoteRecord> {
    return this.quotes.record(await tx.findOneByOrFail(QuoteEntity, { id }), tx);
  }

  create(viewer: Viewer, draft: QuoteDraft, key: string | null | undefined): Promise<QuoteRecord> {
    return this.keys.once({
      scope: "createQuote",
      actor: viewer.id,
      key,
      input: draft,
      run: (tx) => this.drafts.create(viewer, draft, tx),
      keep: (record) => record.row.id,
      replay: (id: string, tx) => this.load(id, tx),
    });
  }

  send(viewer: Viewer, id: string, lockVersion: number, priceToBeAgreed: boolean, origin: string, key: string | null | undefined) {
    return this.keys.once({
      scope: "sendQuote",
      actor: viewer.id,
      key,
      input: { id, lockVersion, priceToBeAgreed },
      run: (tx) => this.shares.send(viewer, id, lockVersion, priceToBeAgreed, origin, tx),
      // The link's token is kept sealed with the idempotency key: only the retry can read it again.
      keep: ({ quote, link }) => ({ quoteId: quote.row.id, link: { ...link, createdAt: link.createdAt.toISOString() } }),
      replay: async (kept: { quoteId: string; link: Omit<SharedLink, "createdAt"> & { createdAt: string } }, tx) => ({
        quote: await this.load(kept.quoteId, tx),
        link: { ...kept.link, createdAt: new Date(kept.link.createdAt) },
      }),
    });
  }

  accept(token: string, input: AcceptanceInput, ip: string, key: string | null | undefined): Promise<QuoteRecord> {
    return this.keys.once({
      scope: "acceptSharedQuote",
      actor: `link:${createHash("sha256").update(token).digest("hex")}`,
      key,
      input,
      run: (tx) => this.deals.accept(token, input, ip, tx),
      keep: (record) => record.row.id,
      replay: (id: string, tx) => this.load(id, tx),
    });
  }
}
