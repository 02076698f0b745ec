import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import type { QuoteStatus as Status } from "../../db/entities/quote.entities.js";
import type { QuoteDraft } from "../../services/quote-draft.service.js";
import type { Context } from "../context.js";
import { DateScalar } from "../scalars.js";
import { listFigure } from "../../domain/quote-approval.js";
import { previewOptions, toQuote } from "../quote-views.js";
import { QuoteAcceptance } from "../types/quote-acceptance.type.js";
import { QuoteFilterInput, QuoteInput } from "../inputs/quote.input.js";
import { NewShareLink, SentQuote, ShareLink } from "../types/quote-share.type.js";
import { QuoteApproval, QuotePreview, QuoteUser } from "../types/quote-workflow.type.js";
import { Quote, QuoteAction, QuotePage, QuoteStatus } from "../types/quote.type.js";

export const IDEMPOTENCY_KEY =
  "Optional, up to 200 characters: a retry with the same key answers what the first call did and changes nothing more; the same key with a different input is CONFLICT.";

function draftOf(input: QuoteInput): QuoteDraft {
  const { catalogSlug, customer, timeZone, validUntil, options, ...figures } = input;
  return { catalogSlug, customer, timeZone, validUntil, options, figures };
}

function linkOf(ctx: Context, link: { id: string; token: string; createdAt: Date }): NewShareLink {
  return { ...link, url: `${ctx.origin}/q/${link.token}` };
}

@Resolver(() => Quote)
export class QuoteResolver {
  @Authorized("SALES", "ADMIN")
  @Query(() => QuotePage, { description: "Quotes, newest first; search matches number, company, contact or email." })
  async quotes(
    @Ctx() ctx: Context,
    @Arg("first", () => Int, { defaultValue: 20 }) first: number,
    @Arg("after", () => String, { nullable: true }) after?: string | null,
    @Arg("search", () => String, { nullable: true }) search?: string | null,
    @Arg("status", () => QuoteStatus, { nullable: true }) status?: Status | null,
    @Arg("filter", () => QuoteFilterInput, { nullable: true }) filter?: QuoteFilterInput | null,
  ): Promise<QuotePage> {
    const page = await ctx.services.quoteList.list({
      first,
      after: after ?? null,
      search: search ?? null,
      status: filter?.status ?? status ?? null,
      ownerId: filter?.mine ? ctx.viewer!.id : (filter?.ownerId ?? null),
      awaitingApproval: filter?.awaitingApproval ?? null,
      expiringWithinDays: filter?.expiringWithinDays ?? null,
    });
    return { quotes: page.quotes.map(toQuote), nextCursor: page.nextCursor };
  }

  @Authorized("SALES", "ADMIN")
  @Query(() => QuotePreview, { description: "Prices a quote input exactly as saving it would (a new quote, or the changes to quoteId), without saving it." })
  async previewQuote(
    @Arg("input", () => QuoteInput) input: QuoteInput,
    @Ctx() ctx: Context,
    @Arg("quoteId", () => ID, { nullable: true }) quoteId?: string | null,
    @Arg("useLatestCatalogVersion", () => Boolean, { defaultValue: false }) useLatest?: boolean,
  ): Promise<QuotePreview> {
    const p = await ctx.services.quoteDrafts.preview(ctx.viewer!, draftOf(input), quoteId ?? null, useLatest ?? false);
    return {
      currency: p.computed.currency,
      catalogVersion: p.catalogVersion,
      timeZone: p.timeZone,
      options: previewOptions(p),
      guarantee: p.computed.guarantee,
      listFigure: listFigure(p.computed, null),
      approvalRequired: p.approvalReasons.length > 0,
      approvalReasons: p.approvalReasons,
      onRequest: p.onRequest,
      warnings: p.warnings,
    };
  }

  @Authorized("SALES", "ADMIN")
  @Query(() => Quote)
  async quote(@Ctx() ctx: Context, @Arg("id", () => ID, { nullable: true }) id?: string, @Arg("number", () => String, { nullable: true }) number?: string): Promise<Quote> {
    if (id) return toQuote(await ctx.services.quotes.get(id));
    return toQuote(await ctx.services.quotes.getByNumber(number ?? ""));
  }

  @Authorized("SALES", "ADMIN")
  @Mutation(() => Quote, { description: "A new draft quote, priced against the catalog's latest published version." })
  async createQuote(
    @Arg("input", () => QuoteInput) input: QuoteInput,
    @Ctx() ctx: Context,
    @Arg("idempotencyKey", () => String, { nullable: true, description: IDEMPOTENCY_KEY }) idempotencyKey?: string | null,
  ): Promise<Quote> {
    return toQuote(await ctx.services.keyedQuotes.create(ctx.viewer!, draftOf(input), idempotencyKey));
  }

  @Authorized("SALES", "ADMIN")
  @Mutation(() => Quote, { description: "Replaces a draft's content; it stays on its catalog version unless told to take the latest." })
  async updateQuote(
    @Arg("id", () => ID) id: string,
    @Arg("lockVersion", () => Int) lockVersion: number,
    @Arg("input", () => QuoteInput) input: QuoteInput,
    @Arg("useLatestCatalogVersion", () => Boolean, { defaultValue: false }) useLatest: boolean,
    @Ctx() ctx: Context,
  ): Promise<Quote> {
    return toQuote(await ctx.services.quoteDrafts.update(ctx.viewer!, id, lockVersion, draftOf(input), useLatest));
  }

  @Authorized("SALES", "ADMIN")
  @Mutation(() => SentQuote, { description: 'Sends a draft and makes its share link. Lines still on request are sent only with priceToBeAgreed: the customer reads "price to be agreed".' })
  async sendQuote(
    @Arg("id", () => ID) id: string,
    @Arg("lockVersion", () => Int) lockVersion: number,
    @Ctx() ctx: Context,
    @Arg("priceToBeAgreed", () => Boolean, { defaultValue: false }) priceToBeAgreed?: boolean,
    @Arg("idempotencyKey", () => String, { nullable: true, description: IDEMPOTENCY_KEY }) idempotencyKey?: string | null,
  ): Promise<SentQuote> {
    const { quote, link } = await ctx.services.keyedQuotes.send(ctx.viewer!, id, lockVersion, priceToBeAgreed ?? false, ctx.origin, idempotencyKey);
    return { quote: toQuote(quote), link: linkOf(ctx, link) };
  }

  @Authorized("SALES", "ADMIN")
  @Mutation(() => NewShareLink)
  async createShareLink(@Arg("quoteId", () => ID) quoteId: string, @Ctx() ctx: Context): Promise<NewShareLink> {
    return linkOf(ctx, await ctx.services.quoteShares.createShareLink(ctx.viewer!, quoteId));
  }

  @Authorized("SALES", "ADMIN")
  @Mutation(() => Quote)
  async revokeShareLink(@Arg("quoteId", () => ID) quoteId: string, @Arg("linkId", () => ID) linkId: string, @Ctx() ctx: Context): Promise<Quote> {
    return toQuote(await ctx.services.quoteShares.revokeShareLink(ctx.viewer!, quoteId, linkId));
  }

  @Authorized("SALES", "ADMIN")
  @Mutation(() => Quote, { description: "Extends a sent (or expired) quote's validity: the one change made without a revision; audited." })
  async extendQuoteValidity(
    @Arg("id", () => ID) id: string,
    @Arg("validUntil", () => DateScalar) validUntil: string,
    @Ctx() ctx: Context,
    @Arg("lockVersion", () => Int, { nullable: true }) lockVersion?: number | null,
  ): Promise<Quote> {
    return toQuote(await ctx.services.quoteDeals.extendValidity(ctx.viewer!, id, validUntil, lockVersion ?? null));
  }

  @Authorized("SALES", "ADMIN")
  @Mutation(() => Quote, { description: "A new draft revision of a sent quote (Q-2026-0001-2); the old one is superseded." })
  async reviseQuote(@Arg("id", () => ID) id: string, @Ctx() ctx: Context): Promise<Quote> {
    return toQuote(await ctx.services.quoteDrafts.revise(ctx.viewer!, id));
  }

  @FieldResolver(() => QuoteUser, { description: "Who owns it: its creator, or the user an admin assigned it to." })
  async owner(@Root() quote: Quote, @Ctx() ctx: Context): Promise<QuoteUser> {
    return (await ctx.loaders.user.load(quote.record.row.ownerId))!;
  }

  @FieldResolver(() => QuoteApproval)
  async approval(@Root() quote: Quote, @Ctx() ctx: Context): Promise<QuoteApproval> {
    const { row, approval } = quote.record;
    const user = (id: string | null) => (id ? ctx.loaders.user.load(id) : Promise.resolve(null));
    const [requestedBy, approvedBy, rejectedBy] = await Promise.all([user(row.approvalRequestedBy), user(row.approvedBy), user(row.rejectedBy)]);
    const approved = approval === "APPROVED";
    return {
      state: approval,
      reasons: row.approvalReasons ?? [],
      requestedBy,
      requestedAt: row.approvalRequestedAt,
      note: row.approvalNote,
      approvedBy: approved ? approvedBy : null,
      approvedAt: approved ? row.approvedAt : null,
      rejectedBy,
      rejectedAt: row.rejectedAt,
      rejectionReason: row.rejectionReason,
    };
  }

  private async standing(quote: Quote, ctx: Context) {
    const owner = await ctx.loaders.user.load(quote.record.row.ownerId);
    return ctx.services.quotes.standing(quote.record, ctx.viewer!, owner?.name ?? "another user");
  }

  @FieldResolver(() => [QuoteAction], { description: "What the signed-in user may do with it now." })
  async allowedActions(@Root() quote: Quote, @Ctx() ctx: Context): Promise<string[]> {
    return (await this.standing(quote, ctx)).actions;
  }

  @FieldResolver(() => Boolean, { description: "The signed-in user may send it as a priced quote now." })
  async canSend(@Root() quote: Quote, @Ctx() ctx: Context): Promise<boolean> {
    return (await this.standing(quote, ctx)).actions.includes("SEND");
  }

  @FieldResolver(() => [String], { description: "Why it cannot be sent as a priced quote now, in words; empty when it can." })
  async sendBlockers(@Root() quote: Quote, @Ctx() ctx: Context): Promise<string[]> {
    return (await this.standing(quote, ctx)).sendBlockers;
  }

  @FieldResolver(() => [String], { description: "Things worth checking that are not errors (a go-live date in the past...)." })
  warnings(@Root() quote: Quote, @Ctx() ctx: Context): string[] {
    return ctx.services.quotes.warnings(quote.record);
  }

  @FieldResolver(() => [ShareLink])
  shareLinks(@Root() quote: Quote, @Ctx() ctx: Context): Promise<ShareLink[]> {
    return ctx.loaders.shareLinks.load(quote.id);
  }

  @FieldResolver(() => QuoteAcceptance, { nullable: true, description: "What the customer agreed to; null until accepted." })
  acceptance(@Root() quote: Quote, @Ctx() ctx: Context): Promise<QuoteAcceptance | null> {
    return ctx.loaders.acceptance.load(quote.id);
  }

  @FieldResolver(() => String, { nullable: true, description: "Number of the revision that replaced it." })
  async supersededBy(@Root() quote: Quote, @Ctx() ctx: Context): Promise<string | null> {
    return ctx.loaders.successorNumber.load(quote.id);
  }
}
