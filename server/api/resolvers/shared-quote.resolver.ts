/** What a customer does through a share link, without signing in: read the quote, accept it or decline it. */
import { Arg, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../context.js";
import { toQuoteDocument } from "../quote-views.js";
import { AuthorizedContactInput, QuoteAcceptance } from "../types/quote-acceptance.type.js";
import { SharedQuote } from "../types/quote.type.js";
import { IDEMPOTENCY_KEY } from "./quote.resolver.js";

@Resolver(() => SharedQuote)
export class SharedQuoteResolver {
  // --- Public: through a share link -------------------------------------------------------

  @Query(() => SharedQuote, { description: "A sent quote, through its share link; NOT_FOUND when the link is unknown or revoked." })
  async sharedQuote(@Arg("token", () => String) token: string, @Ctx() ctx: Context): Promise<SharedQuote> {
    return toQuoteDocument(await ctx.services.quoteShares.shared(token));
  }

  @Mutation(() => SharedQuote, {
    description:
      "The customer accepts an option (required when there are alternatives), acknowledging its clauses, naming its authorized contacts (at most the plan's number) and typing their name. Repeating it is harmless.",
  })
  async acceptSharedQuote(
    @Arg("token", () => String) token: string,
    @Arg("name", () => String) name: string,
    @Ctx() ctx: Context,
    @Arg("option", () => Int, { nullable: true }) option?: number | null,
    @Arg("acknowledged", () => Boolean, { defaultValue: false, description: "The customer read the option's exclusions and warranty clauses (QuoteOption.clauses)." })
    acknowledged?: boolean,
    @Arg("contacts", () => [AuthorizedContactInput], { nullable: true }) contacts?: AuthorizedContactInput[] | null,
    @Arg("idempotencyKey", () => String, { nullable: true, description: IDEMPOTENCY_KEY }) idempotencyKey?: string | null,
  ): Promise<SharedQuote> {
    const input = { option: option ?? null, acknowledged: acknowledged ?? false, contacts: contacts ?? [], name };
    return toQuoteDocument(await ctx.services.keyedQuotes.accept(token, input, ctx.ip, idempotencyKey));
  }

  @Mutation(() => SharedQuote)
  async declineSharedQuote(
    @Arg("token", () => String) token: string,
    @Ctx() ctx: Context,
    @Arg("name", () => String, { nullable: true }) name?: string | null,
    @Arg("reason", () => String, { nullable: true }) reason?: string | null,
  ): Promise<SharedQuote> {
    return toQuoteDocument(await ctx.services.quoteShares.decline(token, name ?? null, reason ?? null));
  }

  @FieldResolver(() => QuoteAcceptance, { nullable: true, description: "What the customer agreed to; null until accepted." })
  acceptance(@Root() quote: SharedQuote, @Ctx() ctx: Context): Promise<QuoteAcceptance | null> {
    return ctx.loaders.acceptance.load(quote.record.row.id);
  }

  @FieldResolver(() => [String], {
    nullable: true,
    description: "What this revision changed since the version the customer last saw (lines, prices, dates, terms), in words; null for a first version.",
  })
  changesSinceLastSeen(@Root() quote: SharedQuote, @Ctx() ctx: Context): Promise<string[] | null> {
    return ctx.services.quoteDeals.changesSinceSeen(quote.record);
  }
}
