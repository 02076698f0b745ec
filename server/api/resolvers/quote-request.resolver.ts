import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import type { QuoteRequestEntity, QuoteRequestStatus as Status } from "../../db/entities/quote-request.entity.js";
import type { Context } from "../context.js";
import { toQuote } from "../quote-views.js";
import { Quote, type QuoteFigures } from "../types/quote.type.js";
import {
  ConvertedQuoteRequest,
  InstantQuote,
  InstantQuoteInput,
  QuoteRequest,
  QuoteRequestInput,
  QuoteRequestPage,
  QuoteRequestReceipt,
  QuoteRequestStatus,
} from "../types/quote-request.type.js";

/** Requests as the queue shows them, with plan names read from the versions the prospects saw (loaded once). */
async function toRequests(rows: QuoteRequestEntity[], ctx: Context): Promise<QuoteRequest[]> {
  const versions = await ctx.services.catalogs.loadVersions([...new Set(rows.map((r) => r.catalogVersionId))]);
  return rows.map((row) => {
    const plans = versions.get(row.catalogVersionId)?.catalog.plans ?? [];
    const nameOf = (key: string) => plans.find((p) => p.key === key)?.name ?? key;
    return toRequest(row, nameOf);
  });
}

async function oneRequest(row: QuoteRequestEntity, ctx: Context): Promise<QuoteRequest> {
  return (await toRequests([row], ctx))[0];
}

function toRequest(row: QuoteRequestEntity, nameOf: (key: string) => string): QuoteRequest {
  return {
    id: row.id,
    reference: row.reference,
    status: row.status,
    catalogSlug: row.catalogVersion!.slug,
    catalogName: row.catalogVersion!.name,
    catalogVersion: row.catalogVersion!.number,
    planKey: row.planKey,
    addOnKeys: row.addOnKeys,
    planName: nameOf(row.planKey),
    addOnNames: row.addOnKeys.map(nameOf),
    figures: row.figures as QuoteFigures,
    total: row.total,
    currency: row.currency,
    company: row.company,
    contactName: row.contactName,
    email: row.email,
    message: row.message,
    createdAt: row.createdAt,
    owner: row.owner ? { id: row.owner.id, name: row.owner.name, email: row.owner.email } : null,
    takenAt: row.takenAt,
    closeReason: row.closeReason,
    closedAt: row.closedAt,
    quoteId: row.quoteId,
    quoteNumber: row.quote?.number ?? null,
  };
}

@Resolver()
export class QuoteRequestResolver {
  @Mutation(() => QuoteRequestReceipt, {
    description: "A prospect asks for a quote (no login); rate-limited per address, idempotent by key.",
  })
  requestQuote(@Arg("input", () => QuoteRequestInput) input: QuoteRequestInput, @Ctx() ctx: Context): Promise<QuoteRequestReceipt> {
    return ctx.services.quoteRequests.request(input.catalogSlug, input, ctx.ip);
  }

  @Mutation(() => InstantQuote, {
    description: "A prospect's own quote for a tier with a published price (no login): numbered, sent at once, owned by the rep for instant quotes; rate-limited and idempotent by key like requestQuote.",
  })
  async createInstantQuote(@Arg("input", () => InstantQuoteInput) input: InstantQuoteInput, @Ctx() ctx: Context): Promise<InstantQuote> {
    const { quote, link } = await ctx.services.quoteRequests.instant(input.catalogSlug, input, ctx.ip, ctx.origin);
    return { number: quote.row.number, token: link.token, url: link.url };
  }

  @Authorized("SALES", "ADMIN")
  @Query(() => QuoteRequestPage, { description: "The sales queue of quote requests, newest first." })
  async quoteRequests(
    @Ctx() ctx: Context,
    @Arg("status", () => QuoteRequestStatus, { nullable: true }) status?: Status | null,
    @Arg("first", () => Int, { defaultValue: 20 }) first = 20,
    @Arg("after", () => String, { nullable: true }) after?: string | null,
  ): Promise<QuoteRequestPage> {
    const page = await ctx.services.quoteRequests.list({ status: status ?? null, first, after: after ?? null });
    return { requests: await toRequests(page.requests, ctx), nextCursor: page.nextCursor };
  }

  @Authorized("SALES", "ADMIN")
  @Query(() => QuoteRequest)
  async quoteRequest(@Arg("id", () => ID) id: string, @Ctx() ctx: Context): Promise<QuoteRequest> {
    return oneRequest(await ctx.services.quoteRequests.get(id), ctx);
  }

  @Authorized("SALES", "ADMIN")
  @Mutation(() => QuoteRequest, { description: "Takes an open request: it is the signed-in rep's to answer." })
  async takeQuoteRequest(@Arg("id", () => ID) id: string, @Ctx() ctx: Context): Promise<QuoteRequest> {
    return oneRequest(await ctx.services.quoteRequests.take(ctx.viewer!, id), ctx);
  }

  @Authorized("SALES", "ADMIN")
  @Mutation(() => QuoteRequest, { description: "Closes a request without a quote, saying why." })
  async closeQuoteRequest(@Arg("id", () => ID) id: string, @Arg("reason", () => String) reason: string, @Ctx() ctx: Context): Promise<QuoteRequest> {
    return oneRequest(await ctx.services.quoteRequests.close(ctx.viewer!, id, reason), ctx);
  }

  @Authorized("SALES", "ADMIN")
  @Mutation(() => ConvertedQuoteRequest, { description: "Turns a request into a draft quote with its customer, plan and figures filled in." })
  async convertQuoteRequest(@Arg("id", () => ID) id: string, @Ctx() ctx: Context): Promise<ConvertedQuoteRequest> {
    const { request, quote } = await ctx.services.quoteRequests.convert(ctx.viewer!, id);
    return { request: await oneRequest(request, ctx), quote: toQuote(quote) };
  }
}

@Resolver(() => Quote)
export class QuoteRequestLinkResolver {
  @FieldResolver(() => String, { nullable: true, description: "The reference of the quote request this quote came from." })
  requestReference(@Root() quote: Quote, @Ctx() ctx: Context): Promise<string | null> {
    return ctx.loaders.requestReference.load(quote.id);
  }
}
