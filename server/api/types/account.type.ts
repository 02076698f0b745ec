import { Field, ID, InputType, ObjectType, registerEnumType } from "type-graphql";
import { GraphQLJSON } from "graphql-scalars";
import { DateTimeScalar } from "../scalars.js";

export const Role = { ADMIN: "ADMIN", SALES: "SALES" } as const;
registerEnumType(Role, { name: "Role", description: "ADMIN edits catalogs, manages users and approves discounts; SALES builds and sends quotes." });

@ObjectType()
export class User {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  email: string;

  @Field(() => String)
  name: string;

  @Field(() => Role)
  role: string;

  @Field(() => Boolean)
  disabled: boolean;
}

@InputType()
export class NewUserInput {
  @Field(() => String)
  email: string;

  @Field(() => String)
  name: string;

  @Field(() => Role)
  role: string;

  @Field(() => String, { description: "At least 10 characters." })
  password: string;
}

@InputType()
export class UserChangesInput {
  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => Role, { nullable: true })
  role?: string | null;

  @Field(() => Boolean, { nullable: true, description: "A disabled user cannot sign in; their sessions end." })
  disabled?: boolean | null;

  @Field(() => String, { nullable: true, description: "Sets a new password; the user's sessions end." })
  password?: string | null;
}

@ObjectType()
export class Settings {
  @Field(() => String, { description: "The organisation's zone: quote numbers take their year from it; new quotes default to it." })
  timeZone: string;

  @Field(() => ID, { nullable: true, description: "Who owns instant quotes; null: the first admin." })
  instantQuoteOwnerId: string | null;
}

@InputType()
export class SettingsInput {
  @Field(() => String, { nullable: true })
  timeZone?: string | null;

  @Field(() => ID, { nullable: true, description: "The user who owns quotes prospects make themselves." })
  instantQuoteOwnerId?: string | null;
}

@ObjectType()
export class AuditEntry {
  @Field(() => ID)
  id: string;

  @Field(() => DateTimeScalar)
  at: Date;

  @Field(() => String, { nullable: true })
  actorEmail: string | null;

  @Field(() => String)
  action: string;

  @Field(() => String)
  entity: string;

  @Field(() => String)
  entityKey: string;

  @Field(() => String)
  summary: string;

  @Field(() => GraphQLJSON, { nullable: true })
  before: unknown;

  @Field(() => GraphQLJSON, { nullable: true })
  after: unknown;
}

@ObjectType()
export class AuditPage {
  @Field(() => [AuditEntry])
  entries: AuditEntry[];

  @Field(() => String, { nullable: true, description: "Pass as `after` for the next (older) page; null at the end." })
  nextCursor: string | null;
}

