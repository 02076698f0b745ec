import { createCipheriv, createDecipheriv, createHash, randomBytes } from "node:crypto";
import type { DataSource, EntityManager } from "typeorm";
import { badInput, DomainError } from "../domain/errors.js";
import { MAX_IDEMPOTENCY_KEY } from "../domain/quote-request.js";

export interface IdempotentCall<T, R> {
  /** The operation ("createQuote"). */
  scope: string;
  /** Who asks: a user id, or what a public caller holds (a share token). Keys are per actor. */
  actor: string;
  /** The client's key; null or absent: no idempotency, the operation simply runs. */
  key: string | null | undefined;
  /** The request's input: a retry with the same key must send the same. */
  input: unknown;
  /** Does the work, in the transaction given. */
  run: (tx: EntityManager) => Promise<T>;
  /** What to keep of the first answer to give it again. */
  keep: (answer: T) => R;
  /** Gives the first answer again from what was kept. */
  replay: (kept: R, tx: EntityManager) => Promise<T>;
}

const sha256 = (text: string) => createHash("sha256").update(text).digest();

/** JSON with object keys in order, so that the same input always reads the same. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === "object" && !Array.isArray(v) && !(v instanceof Date)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).filter(([, x]) => x !== undefined).sort(([a], [b]) => (a < b ? -1 : 1)))
      : v,
  );
}

function seal(kept: unknown, secret: Buffer): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", secret, iv);
  const body = Buffer.concat([cipher.update(JSON.stringify(kept), "utf8"), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), body]).toString("base64");
}

function open<R>(sealed: string, secret: Buffer): R {
  const raw = Buffer.from(sealed, "base64");
  const decipher = createDecipheriv("aes-256-gcm", secret, raw.subarray(0, 12));
  decipher.setAuthTag(raw.subarray(12, 28));
  return JSON.parse(Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString("utf8")) as R;
}

/**
 * Idempotency keys: a request retried with the same key by the same actor gets the first
 * answer and changes nothing more, also when the retries run at once. The key's row is
 * inserted in the operation's own transaction (ON CONFLICT DO NOTHING): a concurrent retry
 * waits for the first to commit or roll back, then replays its answer or does the work.
 * The same key with another input is a CONFLICT.
 */
export class IdempotencyService {
  constructor(
    private readonly ds: DataSource,
    private readonly clock: () => Date,
  ) {}

  async once<T, R>(call: IdempotentCall<T, R>): Promise<T> {
    const key = call.key;
    if (key === null || key === undefined) return this.ds.transaction(call.run);
    if (key.length === 0 || key.length > MAX_IDEMPOTENCY_KEY) {
      throw badInput(`idempotencyKey is 1 to ${MAX_IDEMPOTENCY_KEY} characters`, "idempotencyKey");
    }
    const keyHash = sha256(`key\n${key}`).toString("hex");
    const secret = sha256(`result\n${call.scope}\n${call.actor}\n${key}`);
    const fingerprint = sha256(canonical(call.input)).toString("hex");
    const where = [call.scope, call.actor, keyHash];
    return this.ds.transaction(async (tx) => {
      const claimed: unknown[] = await tx.query(
        `INSERT INTO idempotency_key (scope, actor, key_hash, fingerprint, created_at) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT DO NOTHING RETURNING scope`,
        [...where, fingerprint, this.clock()],
      );
      if (claimed.length === 0) {
        const [first] = await tx.query(`SELECT fingerprint, result FROM idempotency_key WHERE scope = $1 AND actor = $2 AND key_hash = $3`, where);
        if (first.fingerprint !== fingerprint) {
          throw new DomainError("CONFLICT", "This idempotency key was already used for a different request; use a new key for a new request", "idempotencyKey");
        }
        return call.replay(open<R>(first.result, secret), tx);
      }
      const answer = await call.run(tx);
      await tx.query(`UPDATE idempotency_key SET result = $4 WHERE scope = $1 AND actor = $2 AND key_hash = $3`, [...where, seal(call.keep(answer), secret)]);
      return answer;
    });
  }
}
