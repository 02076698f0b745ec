import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import type { QuoteStatus as Status } from "../../db/entities/quote.entities.js";
import type { QuoteDraft } from "../../services/quote.service.js";
import type { Context } from "../context.js";
import { toQuote, toQuoteDocument } from "../quote-views.js";
import { NewShareLink, Quote, QuoteInput, QuotePage, QuoteStatus, SentQuote, ShareLink, SharedQuote } from "../types/quote.type.js";

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
  ): Promise<QuotePage> {
    const page = await ctx.services.quotes.list({ first, after: after ?? null, search: search ?? null, status: status ?? null });
    return { quotes: page.quotes.map(toQuote), nextCursor: page.nextCursor };
  }

  @Authorized("SALES", "ADMIN")
  @Query(() => Quote)
  async quote(@Ctx() ctx: Context, @Arg("id", () => ID, { nullable: true }) id?: string, @Arg("number", () => String, { nullable: true }) number?: string): Promise<Quote> {
    if (id) return toQuote(await ctx.services.quotes.get(id));
    return toQuote(await ctx.services.quotes.getByNumber(number ?? ""));
  }

  @Authorized("SALES", "ADMIN")
  @Mutation(() => Quote, { description: "A new draft quote, priced against the catalog's latest published version." })
  async createQuote(@Arg("input", () => QuoteInput) input: QuoteInput, @Ctx() ctx: Context): Promise<Quote> {
    return toQuote(await ctx.services.quotes.create(ctx.viewer!, draftOf(input)));
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
    return toQuote(await ctx.services.quotes.update(ctx.viewer!, id, lockVersion, draftOf(input), useLatest));
  }

  @Authorized("ADMIN")
  @Mutation(() => Quote, { description: "Approves the discounts of a draft as it stands." })
  async approveQuoteDiscount(@Arg("id", () => ID) id: string, @Arg("lockVersion", () => Int) lockVersion: number, @Ctx() ctx: Context): Promise<Quote> {
    return toQuote(await ctx.services.quotes.approve(ctx.viewer!, id, lockVersion));
  }

  @Authorized("SALES", "ADMIN")
  @Mutation(() => SentQuote, { description: "Sends a draft and makes its share link." })
  async sendQuote(@Arg("id", () => ID) id: string, @Arg("lockVersion", () => Int) lockVersion: number, @Ctx() ctx: Context): Promise<SentQuote> {
    const { quote, link } = await ctx.services.quotes.send(ctx.viewer!, id, lockVersion);
    return { quote: toQuote(quote), link: linkOf(ctx, link) };
  }

  @Authorized("SALES", "ADMIN")
  @Mutation(() => NewShareLink)
  async createShareLink(@Arg("quoteId", () => ID) quoteId: string, @Ctx() ctx: Context): Promise<NewShareLink> {
    return linkOf(ctx, await ctx.services.quotes.createShareLink(ctx.viewer!, quoteId));
  }

  @Authorized("SALES", "ADMIN")
  @Mutation(() => Quote)
  async revokeShareLink(@Arg("quoteId", () => ID) quoteId: string, @Arg("linkId", () => ID) linkId: string, @Ctx() ctx: Context): Promise<Quote> {
    return toQuote(await ctx.services.quotes.revokeShareLink(ctx.viewer!, quoteId, linkId));
  }

  @Authorized("SALES", "ADMIN")
  @Mutation(() => Quote, { description: "A new draft revision of a sent quote (Q-2026-0001-2); the old one is superseded." })
  async reviseQuote(@Arg("id", () => ID) id: string, @Ctx() ctx: Context): Promise<Quote> {
    return toQuote(await ctx.services.quotes.revise(ctx.viewer!, id));
  }

  @FieldResolver(() => [ShareLink])
  shareLinks(@Root() quote: Quote, @Ctx() ctx: Context): Promise<ShareLink[]> {
    return ctx.loaders.shareLinks.load(quote.id);
  }

  @FieldResolver(() => String, { nullable: true, description: "Number of the revision that replaced it." })
  async supersededBy(@Root() quote: Quote, @Ctx() ctx: Context): Promise<string | null> {
    return ctx.loaders.successorNumber.load(quote.id);
  }

  // --- Public: through a share link -------------------------------------------------------

  @Query(() => SharedQuote, { description: "A sent quote, through its share link; NOT_FOUND when the link is unknown or revoked." })
  async sharedQuote(@Arg("token", () => String) token: string, @Ctx() ctx: Context): Promise<SharedQuote> {
    return toQuoteDocument(await ctx.services.quotes.shared(token));
  }

  @Mutation(() => SharedQuote, { description: "The customer accepts an option (0 for a single plan), typing their name. Repeating it is harmless." })
  async acceptSharedQuote(
    @Arg("token", () => String) token: string,
    @Arg("name", () => String) name: string,
    @Arg("option", () => Int, { defaultValue: 0 }) option: number,
    @Ctx() ctx: Context,
  ): Promise<SharedQuote> {
    return toQuoteDocument(await ctx.services.quotes.accept(token, option, name));
  }

  @Mutation(() => SharedQuote)
  async declineSharedQuote(
    @Arg("token", () => String) token: string,
    @Ctx() ctx: Context,
    @Arg("name", () => String, { nullable: true }) name?: string | null,
    @Arg("reason", () => String, { nullable: true }) reason?: string | null,
  ): Promise<SharedQuote> {
    return toQuoteDocument(await ctx.services.quotes.decline(token, name ?? null, reason ?? null));
  }
}
