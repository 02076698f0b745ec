/** The approval workflow's mutations: asking for an admin's approval, approving, rejecting, and handing a quote to another owner. */
import { Arg, Authorized, Ctx, ID, Int, Mutation, Resolver } from "type-graphql";
import type { Context } from "../context.js";
import { toQuote } from "../quote-views.js";
import { Quote } from "../types/quote.type.js";

/** Approvals and owners of quotes: admins decide, the owner asks. */
@Resolver()
export class QuoteApprovalResolver {
  @Authorized("ADMIN")
  @Mutation(() => Quote, { deprecationReason: "Use approveQuote.", description: "Approves a draft as it stands." })
  async approveQuoteDiscount(@Arg("id", () => ID) id: string, @Arg("lockVersion", () => Int) lockVersion: number, @Ctx() ctx: Context): Promise<Quote> {
    return toQuote(await ctx.services.quoteApprovals.approve(ctx.viewer!, id, lockVersion));
  }

  @Authorized("SALES", "ADMIN")
  @Mutation(() => Quote, { description: "The owner asks an admin to approve a draft as it stands, with a note; it joins the approval queue." })
  async requestQuoteApproval(@Arg("id", () => ID) id: string, @Ctx() ctx: Context, @Arg("note", () => String, { nullable: true }) note?: string | null): Promise<Quote> {
    return toQuote(await ctx.services.quoteApprovals.requestApproval(ctx.viewer!, id, note ?? null));
  }

  @Authorized("ADMIN")
  @Mutation(() => Quote, { description: "Approves a draft as it stands; any change to what the customer sees asks again." })
  async approveQuote(@Arg("id", () => ID) id: string, @Arg("lockVersion", () => Int) lockVersion: number, @Ctx() ctx: Context): Promise<Quote> {
    return toQuote(await ctx.services.quoteApprovals.approve(ctx.viewer!, id, lockVersion));
  }

  @Authorized("ADMIN")
  @Mutation(() => Quote, { description: "Turns down an approval request, saying why." })
  async rejectQuote(
    @Arg("id", () => ID) id: string,
    @Arg("lockVersion", () => Int) lockVersion: number,
    @Arg("reason", () => String) reason: string,
    @Ctx() ctx: Context,
  ): Promise<Quote> {
    return toQuote(await ctx.services.quoteApprovals.reject(ctx.viewer!, id, lockVersion, reason));
  }

  @Authorized("ADMIN")
  @Mutation(() => Quote, { description: "Hands a quote to another user, who then owns it." })
  async assignQuote(@Arg("id", () => ID) id: string, @Arg("ownerId", () => ID) ownerId: string, @Ctx() ctx: Context): Promise<Quote> {
    return toQuote(await ctx.services.quoteApprovals.assign(ctx.viewer!, id, ownerId));
  }
}
