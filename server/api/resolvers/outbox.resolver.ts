import { Arg, Authorized, Ctx, Int, Query, Resolver } from "type-graphql";
import type { Context } from "../context.js";
import { OutboxPage } from "../types/outbox.type.js";

@Resolver()
export class OutboxResolver {
  @Authorized("ADMIN")
  @Query(() => OutboxPage, { description: "The emails written, newest first (admins)." })
  outbox(
    @Ctx() ctx: Context,
    @Arg("first", () => Int, { defaultValue: 20 }) first: number,
    @Arg("after", () => String, { nullable: true }) after?: string | null,
  ): Promise<OutboxPage> {
    return ctx.services.outbox.page(first, after ?? null);
  }
}
