import { Arg, Authorized, Ctx, Int, Query, Resolver } from "type-graphql";
import type { Context } from "../context.js";
import { deliveryStatus } from "../../services/mail-drainer.js";
import { OutboxPage } from "../types/outbox.type.js";

@Resolver()
export class OutboxResolver {
  @Authorized("ADMIN")
  @Query(() => OutboxPage, { description: "The emails written, newest first (admins)." })
  async outbox(
    @Ctx() ctx: Context,
    @Arg("first", () => Int, { defaultValue: 20 }) first: number,
    @Arg("after", () => String, { nullable: true }) after?: string | null,
  ): Promise<OutboxPage> {
    const page = await ctx.services.outbox.page(first, after ?? null);
    return { ...page, messages: page.messages.map((m) => ({ ...m, status: deliveryStatus(m) })) };
  }
}
