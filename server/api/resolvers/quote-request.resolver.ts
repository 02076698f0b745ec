import { Arg, Ctx, Mutation, Resolver } from "type-graphql";
import type { Context } from "../context.js";
import { QuoteRequestInput, QuoteRequestReceipt } from "../types/quote-request.type.js";

@Resolver()
export class QuoteRequestResolver {
  @Mutation(() => QuoteRequestReceipt, {
    description: "A prospect asks for a quote (no login); rate-limited per address, idempotent by key.",
  })
  requestQuote(@Arg("input", () => QuoteRequestInput) input: QuoteRequestInput, @Ctx() ctx: Context): Promise<QuoteRequestReceipt> {
    return ctx.services.quoteRequests.request(input.catalogSlug, input, ctx.ip);
  }
}
