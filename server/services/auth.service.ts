import { createHash, randomBytes, randomUUID } from "node:crypto";
import { hash, verify } from "@node-rs/argon2";
import { MoreThan, type DataSource, type EntityManager } from "typeorm";
import { LoginFailureEntity, SessionEntity, UserEntity, type Role } from "../db/entities/user.entities.js";
import { isUuid } from "../db/ids.js";
import { isUniqueViolation } from "../db/pg-errors.js";
import { badInput, DomainError, notFound } from "../domain/errors.js";
import type { AuditService } from "./audit.service.js";
import { ROLES, type Viewer } from "./viewer.js";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
/** A session ends after this long unused... */
export const SESSION_IDLE_MS = 12 * HOUR;
/** ...and after this long in any case. */
export const SESSION_ABSOLUTE_MS = 7 * 24 * HOUR;
/** Failures within this window count towards slowing down sign-ins. */
const FAILURE_WINDOW_MS = 15 * MINUTE;
const FREE_FAILURES = 5;
const FREE_FAILURES_PER_ADDRESS = 50;

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
export const MIN_PASSWORD = 10;

export function tokenHash(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export function toViewer(user: UserEntity): Viewer {
  return { id: user.id, email: user.email, name: user.name, role: user.role };
}

export function normalizeEmail(email: string): string {
  const e = email.trim().toLowerCase();
  if (!EMAIL.test(e) || e.length > 254) throw badInput(`"${email}" is not an email address`, "email");
  return e;
}

function checkPassword(password: string, field = "password"): void {
  if (password.length < MIN_PASSWORD) throw badInput(`A password has at least ${MIN_PASSWORD} characters`, field);
  if (password.length > 1000) throw badInput("A password has at most 1000 characters", field);
}

function checkRole(role: string): Role {
  if (!ROLES.includes(role as Role)) throw badInput(`The role is ADMIN or SALES, not "${role}"`, "role");
  return role as Role;
}

export interface NewUser {
  email: string;
  name: string;
  role: string;
  password: string;
}

export interface SignedIn {
  viewer: Viewer;
  token: string;
  expiresAt: Date;
}

/**
 * Users, passwords (argon2id) and server-side sessions. A wrong password and an unknown
 * email get the same answer after the same work; repeated failures for an email from an
 * address (or from an address at all) make the next attempt there wait, longer each time.
 */
export class AuthService {
  /** A hash to verify against when the email is unknown, so both cases take as long. */
  private readonly decoy = hash(randomBytes(16).toString("hex"));

  constructor(
    private readonly ds: DataSource,
    private readonly clock: () => Date,
    private readonly audit: AuditService,
  ) {}

  async createUser(input: NewUser, actor: Viewer | null): Promise<Viewer> {
    const email = normalizeEmail(input.email);
    const name = input.name.trim();
    if (!name) throw badInput("Give the user's name", "name");
    const role = checkRole(input.role);
    checkPassword(input.password);
    const user: UserEntity = {
      id: randomUUID(),
      email,
      name,
      role,
      passwordHash: await hash(input.password),
      createdAt: this.clock(),
      disabledAt: null,
    };
    try {
      await this.ds.transaction(async (tx) => {
        await tx.insert(UserEntity, user);
        await this.audit.record(tx, actor, {
          action: "user.create",
          entity: "user",
          entityKey: email,
          summary: `Created ${role} user ${email}`,
          after: { email, name, role },
        });
      });
    } catch (err) {
      if (isUniqueViolation(err, "app_user_email_key")) throw new DomainError("CONFLICT", `There is already a user ${email}`, "email");
      throw err;
    }
    return toViewer(user);
  }

  async findByEmail(email: string): Promise<UserEntity | null> {
    return this.ds.manager.findOne(UserEntity, { where: { email: email.trim().toLowerCase() } });
  }

  listUsers(): Promise<UserEntity[]> {
    return this.ds.manager.find(UserEntity, { order: { email: "ASC" } });
  }

  async updateUser(
    id: string,
    changes: { name?: string | null; role?: string | null; disabled?: boolean | null; password?: string | null },
    actor: Viewer,
  ): Promise<UserEntity> {
    if (!isUuid(id)) throw notFound("There is no such user", "id");
    return this.ds.transaction(async (tx) => {
      const user = await tx.findOne(UserEntity, { where: { id }, lock: { mode: "pessimistic_write" } });
      if (!user) throw notFound("There is no such user", "id");
      const before = { name: user.name, role: user.role, disabled: user.disabledAt !== null };
      if (changes.name != null) {
        if (!changes.name.trim()) throw badInput("Give the user's name", "name");
        user.name = changes.name.trim();
      }
      if (changes.role != null) user.role = checkRole(changes.role);
      if (changes.disabled != null) user.disabledAt = changes.disabled ? (user.disabledAt ?? this.clock()) : null;
      if (changes.password != null) {
        checkPassword(changes.password);
        user.passwordHash = await hash(changes.password);
      }
      if (before.role === "ADMIN" && (user.role !== "ADMIN" || user.disabledAt !== null)) {
        // Lock the admins so two demotions at once cannot leave none.
        const admins = await tx.find(UserEntity, { where: { role: "ADMIN" }, lock: { mode: "pessimistic_write" } });
        if (admins.filter((a) => a.id !== user.id && a.disabledAt === null).length === 0) {
          throw new DomainError("CONFLICT", "This is the last active admin; make another admin first");
        }
      }
      await tx.save(UserEntity, user);
      if (user.disabledAt !== null || changes.password != null) await tx.delete(SessionEntity, { userId: user.id });
      const after = { name: user.name, role: user.role, disabled: user.disabledAt !== null };
      await this.audit.record(tx, actor, {
        action: "user.update",
        entity: "user",
        entityKey: user.email,
        summary: `Updated user ${user.email}${changes.password != null ? " (password set)" : ""}`,
        before,
        after,
      });
      return user;
    });
  }

  /**
   * Changes one's own password: the current one is checked like a sign-in (wrong guesses
   * slow down the next), and every other session of the user ends.
   */
  async changePassword(viewer: Viewer, current: string, next: string, ip: string, keepToken: string | undefined): Promise<void> {
    const user = await this.ds.manager.findOneByOrFail(UserEntity, { id: viewer.id });
    checkPassword(next, "newPassword");
    if (!(await this.passwordAttempt(user.email, ip, () => verify(user.passwordHash, current)))) {
      throw badInput("The current password is not right", "currentPassword");
    }
    await this.ds.transaction(async (tx) => {
      await tx.update(UserEntity, { id: user.id }, { passwordHash: await hash(next) });
      const others = tx.createQueryBuilder().delete().from(SessionEntity).where("user_id = :id", { id: user.id });
      if (keepToken) others.andWhere("token_hash <> :keep", { keep: tokenHash(keepToken) });
      await others.execute();
      await this.audit.record(tx, viewer, { action: "user.password", entity: "user", entityKey: user.email, summary: "Changed own password" });
    });
  }

  /** Seconds to wait before the next attempt for this email from this address, or from this
   * address at all; 0 when free. Each failure past the free ones doubles the wait after it, so
   * nobody is locked out for good. Counted per email *and* address: someone else's guesses at
   * an email never hold up its owner signing in from their own address. */
  private async waitSeconds(db: EntityManager, email: string, ip: string): Promise<number> {
    const now = this.clock().getTime();
    const since = new Date(now - FAILURE_WINDOW_MS);
    const wait = (failures: LoginFailureEntity[], free: number, step: number, cap: number) =>
      failures.length < free ? 0 : failures[0].at.getTime() + Math.min(2 ** (failures.length - free) * step, cap) - now;
    const byEmail = await db.find(LoginFailureEntity, { where: { email, ip, at: MoreThan(since) }, order: { at: "DESC" }, take: 200 });
    const byIp = await db.find(LoginFailureEntity, { where: { ip, at: MoreThan(since) }, order: { at: "DESC" }, take: 200 });
    const ms = Math.max(0, wait(byEmail, FREE_FAILURES, 5_000, FAILURE_WINDOW_MS), wait(byIp, FREE_FAILURES_PER_ADDRESS, 1_000, 60_000));
    return Math.ceil(ms / 1000);
  }

  /**
   * One password attempt for an email. Attempts on one email take turns (an advisory lock),
   * so parallel guesses cannot all slip past the count of failures; a wrong one is recorded.
   */
  private async passwordAttempt(email: string, ip: string, check: () => Promise<boolean>): Promise<boolean> {
    return this.ds.transaction(async (tx) => {
      await tx.query("SELECT pg_advisory_xact_lock(hashtext($1))", [`sign-in:${email}`]);
      const wait = await this.waitSeconds(tx, email, ip);
      if (wait > 0) {
        throw new DomainError("TOO_MANY_REQUESTS", `Too many failed sign-ins; try again in ${wait} seconds`, undefined, {
          retryAfterSeconds: wait,
        });
      }
      const ok = await check();
      // Only this address's count: a success elsewhere must not wipe a guesser's failures.
      if (ok) await tx.delete(LoginFailureEntity, { email, ip });
      else await tx.insert(LoginFailureEntity, { id: randomUUID(), email, ip, at: this.clock() });
      return ok;
    });
  }

  async login(emailInput: string, password: string, ip: string): Promise<SignedIn> {
    const email = emailInput.trim().toLowerCase();
    const user = await this.findByEmail(email);
    const ok = await this.passwordAttempt(email, ip, async () =>
      user ? (await verify(user.passwordHash, password)) && user.disabledAt === null : (await verify(await this.decoy, password), false),
    );
    if (!user || !ok) throw new DomainError("UNAUTHENTICATED", "The email or the password is wrong");
    const token = randomBytes(32).toString("base64url");
    const now = this.clock();
    const absolute = new Date(now.getTime() + SESSION_ABSOLUTE_MS);
    const expiresAt = new Date(Math.min(now.getTime() + SESSION_IDLE_MS, absolute.getTime()));
    await this.ds.manager.insert(SessionEntity, { tokenHash: tokenHash(token), userId: user.id, createdAt: now, expiresAt, absoluteExpiresAt: absolute });
    return { viewer: toViewer(user), token, expiresAt: absolute };
  }

  /** The user a session token signs in, sliding the idle expiry forward; null when none or expired. */
  async viewerFor(token: string | undefined): Promise<Viewer | null> {
    if (!token) return null;
    const session = await this.ds.manager.findOne(SessionEntity, { where: { tokenHash: tokenHash(token) }, relations: { user: true } });
    const now = this.clock().getTime();
    if (!session || !session.user || session.user.disabledAt !== null || session.expiresAt.getTime() <= now) return null;
    const next = Math.min(now + SESSION_IDLE_MS, session.absoluteExpiresAt.getTime());
    // Write at most every few minutes, not on every request.
    if (next - session.expiresAt.getTime() > 5 * MINUTE) {
      await this.ds.manager.update(SessionEntity, { tokenHash: session.tokenHash }, { expiresAt: new Date(next) });
    }
    return toViewer(session.user);
  }

  async logout(token: string | undefined): Promise<boolean> {
    if (!token) return false;
    const result = await this.ds.manager.delete(SessionEntity, { tokenHash: tokenHash(token) });
    return (result.affected ?? 0) > 0;
  }
}
