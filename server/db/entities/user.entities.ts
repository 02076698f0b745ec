import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from "typeorm";

export type Role = "ADMIN" | "SALES";

@Entity("app_user")
@Index("app_user_email_key", ["email"], { unique: true })
export class UserEntity {
  @PrimaryColumn("uuid")
  id: string;

  /** Lower-cased. */
  @Column("text")
  email: string;

  @Column("text")
  name: string;

  @Column("text")
  role: Role;

  /** argon2id hash (PHC string). */
  @Column("text")
  passwordHash: string;

  @CreateDateColumn({ type: "timestamptz" })
  createdAt: Date;

  @Column("timestamptz", { nullable: true })
  disabledAt: Date | null;
}

/** A signed-in browser. The cookie holds a random token; only its SHA-256 is stored. */
@Entity("session")
@Index("session_user", ["userId"])
export class SessionEntity {
  /** SHA-256 of the cookie token, hex. */
  @PrimaryColumn("text")
  tokenHash: string;

  @Column("uuid")
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: "CASCADE" })
  @JoinColumn({ name: "user_id" })
  user?: Relation<UserEntity>;

  @Column("timestamptz")
  createdAt: Date;

  /** Idle expiry, pushed forward as the session is used, never past absoluteExpiresAt. */
  @Column("timestamptz")
  expiresAt: Date;

  @Column("timestamptz")
  absoluteExpiresAt: Date;
}

/** Failed sign-ins, to slow down guessing (by email and by address). */
@Entity("login_failure")
@Index("login_failure_email_at", ["email", "at"])
@Index("login_failure_ip_at", ["ip", "at"])
export class LoginFailureEntity {
  @PrimaryColumn("uuid")
  id: string;

  @Column("text")
  email: string;

  @Column("text")
  ip: string;

  @Column("timestamptz")
  at: Date;
}

/** Who changed what, when: before and after, readable by admins. */
@Entity("audit_log")
@Index("audit_log_at", ["at"])
@Index("audit_log_entity", ["entity", "entityKey"])
export class AuditLogEntity {
  @PrimaryColumn("uuid")
  id: string;

  @Column("timestamptz")
  at: Date;

  @Column("uuid", { nullable: true })
  actorId: string | null;

  /** Kept as written at the time, so the log reads the same after a user is renamed or removed. */
  @Column("text", { nullable: true })
  actorEmail: string | null;

  /** "catalog.plan.update", "quote.send", "user.create"... */
  @Column("text")
  action: string;

  /** "catalog", "quote", "user", "settings". */
  @Column("text")
  entity: string;

  /** The slug, quote number or email the change is about. */
  @Column("text")
  entityKey: string;

  @Column("text")
  summary: string;

  @Column("jsonb", { nullable: true })
  before: unknown;

  @Column("jsonb", { nullable: true })
  after: unknown;
}
