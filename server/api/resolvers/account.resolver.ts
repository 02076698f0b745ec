import { Arg, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from "type-graphql";
import type { UserEntity } from "../../db/entities/user.entities.js";
import type { Context } from "../context.js";
import { AuditPage, NewUserInput, Settings, SettingsInput, User, UserChangesInput } from "../types/account.type.js";

const toUser = (u: Pick<UserEntity, "id" | "email" | "name" | "role"> & { disabledAt?: Date | null }): User => ({
  id: u.id,
  email: u.email,
  name: u.name,
  role: u.role,
  disabled: (u.disabledAt ?? null) !== null,
});

@Resolver()
export class AccountResolver {
  @Query(() => User, { nullable: true, description: "The signed-in user; null for a prospect." })
  me(@Ctx() ctx: Context): User | null {
    return ctx.viewer ? toUser(ctx.viewer) : null;
  }

  @Mutation(() => User, { description: "Signs in; the session rides in an HTTP-only cookie." })
  async login(@Arg("email", () => String) email: string, @Arg("password", () => String) password: string, @Ctx() ctx: Context): Promise<User> {
    const signedIn = await ctx.services.auth.login(email, password, ctx.ip);
    ctx.session.set(signedIn.token, signedIn.expiresAt);
    return toUser(signedIn.viewer);
  }

  @Mutation(() => Boolean, { description: "Ends this browser's session; false when there was none." })
  async logout(@Ctx() ctx: Context): Promise<boolean> {
    ctx.session.clear();
    return ctx.services.auth.logout(ctx.session.token);
  }

  @Authorized()
  @Mutation(() => Boolean)
  async changePassword(
    @Arg("currentPassword", () => String) currentPassword: string,
    @Arg("newPassword", () => String) newPassword: string,
    @Ctx() ctx: Context,
  ): Promise<boolean> {
    await ctx.services.auth.changePassword(ctx.viewer!, currentPassword, newPassword, ctx.ip, ctx.session.token);
    return true;
  }

  @Authorized("ADMIN")
  @Query(() => [User])
  async users(@Ctx() ctx: Context): Promise<User[]> {
    return (await ctx.services.auth.listUsers()).map(toUser);
  }

  @Authorized("ADMIN")
  @Mutation(() => User)
  async createUser(@Arg("input", () => NewUserInput) input: NewUserInput, @Ctx() ctx: Context): Promise<User> {
    return toUser(await ctx.services.auth.createUser(input, ctx.viewer));
  }

  @Authorized("ADMIN")
  @Mutation(() => User)
  async updateUser(@Arg("id", () => ID) id: string, @Arg("changes", () => UserChangesInput) changes: UserChangesInput, @Ctx() ctx: Context): Promise<User> {
    return toUser(await ctx.services.auth.updateUser(id, changes, ctx.viewer!));
  }

  @Authorized()
  @Query(() => Settings)
  settings(@Ctx() ctx: Context): Promise<Settings> {
    return ctx.services.settings.get();
  }

  @Authorized("ADMIN")
  @Mutation(() => Settings)
  updateSettings(@Arg("input", () => SettingsInput) input: SettingsInput, @Ctx() ctx: Context): Promise<Settings> {
    return ctx.services.settings.update(input, ctx.viewer!);
  }

  @Authorized("ADMIN")
  @Query(() => AuditPage, { description: "The audit log, newest first." })
  auditLog(
    @Ctx() ctx: Context,
    @Arg("first", () => Int, { defaultValue: 50 }) first: number,
    @Arg("after", () => String, { nullable: true }) after?: string | null,
    @Arg("entity", () => String, { nullable: true }) entity?: string | null,
    @Arg("entityKey", () => String, { nullable: true }) entityKey?: string | null,
  ): Promise<AuditPage> {
    return ctx.services.audit.page({ first, after: after ?? null, entity: entity ?? null, entityKey: entityKey ?? null });
  }
}
