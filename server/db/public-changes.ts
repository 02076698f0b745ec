import { randomUUID } from "node:crypto";
import pg from "pg";

export const PUBLIC_CHANNEL = "tierwise_public";
/** Pings and acknowledgements between the processes that follow publishes (see `settleEverywhere`). */
export const SYNC_CHANNEL = "tierwise_public_sync";
const APPLICATION_NAME = "tierwise-public-changes";
/** Listening connections on this database: each is one process's follower (its pings are answered). */
const LISTENERS_SQL = `SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name = '${APPLICATION_NAME}' AND datname = current_database()`;

/** What the public API reads, in one string: it changes whenever a catalog is published, renamed or deleted. */
const FINGERPRINT_SQL = `SELECT md5(coalesce(string_agg(id::text || ':' || coalesce(published_version, 0) || ':' || slug || ':' || (deleted_at IS NULL), ',' ORDER BY id), '')) AS fp FROM catalog`;

export interface PublicChangesOptions {
  url: string;
  /** Called (synchronously) whenever published data may have changed. */
  onChange: () => void;
  log?: (message: string, err?: unknown) => void;
  /** First wait before reconnecting, in ms; doubles up to 30 s. */
  retryMs?: number;
  /** How long `settleEverywhere` waits for the other processes' acknowledgements, in ms. */
  syncTimeoutMs?: number;
}

/**
 * Follows changes to published catalogs made by any process on the database, through
 * PostgreSQL LISTEN/NOTIFY (see the public-change-notify migration). While the listening
 * connection is down, `live` is false and nothing may be answered from a cache; on
 * reconnecting, the published state is compared with the one last seen, because
 * notifications sent meanwhile are lost.
 */
export class PublicChanges {
  live = false;
  private client: pg.Client | null = null;
  private fingerprint: string | null = null;
  private closed = false;
  private timer: NodeJS.Timeout | null = null;
  private wait: number;
  /** This follower's name in acknowledgements. */
  private readonly id = randomUUID();
  /** Pings sent by `settleEverywhere` -> the followers that acknowledged them so far, and what to call on each. */
  private readonly pings = new Map<string, { from: Set<string>; heard: () => void }>();

  constructor(private readonly options: PublicChangesOptions) {
    this.wait = options.retryMs ?? 500;
  }

  /** Connects; when the database cannot be reached, keeps trying in the background. */
  async start(): Promise<void> {
    await this.connect();
  }

  private async connect(): Promise<void> {
    if (this.closed) return;
    const client = new pg.Client({ connectionString: this.options.url, application_name: APPLICATION_NAME });
    this.client = client;
    client.on("notification", (message) => {
      if (message.channel === SYNC_CHANNEL) this.synced(client, message.payload ?? "");
      else this.changed(client);
    });
    client.on("error", (err) => this.lost(client, err));
    client.on("end", () => this.lost(client));
    try {
      await client.connect();
      await client.query(`LISTEN ${PUBLIC_CHANNEL}; LISTEN ${SYNC_CHANNEL}`);
      const fingerprint = await this.read(client);
      if (this.closed || this.client !== client) return;
      if (fingerprint !== this.fingerprint) {
        this.fingerprint = fingerprint;
        this.options.onChange();
      }
      this.live = true;
      this.wait = this.options.retryMs ?? 500;
    } catch (err) {
      this.lost(client, err);
    }
  }

  private async read(client: pg.Client): Promise<string> {
    const { rows } = await client.query<{ fp: string }>(FINGERPRINT_SQL);
    return rows[0]!.fp;
  }

  private changed(client: pg.Client): void {
    this.options.onChange();
    // Kept current so that a reconnect can tell whether anything happened while it was away.
    this.read(client).then(
      (fp) => {
        if (this.client === client) this.fingerprint = fp;
      },
      () => undefined,
    );
  }

  /**
   * A ping from a process that has just committed a change: every notification sent before
   * it has been handled here (PostgreSQL delivers them in commit order, and `changed` runs
   * synchronously), so acknowledge. An acknowledgement of one of our pings is counted.
   */
  private synced(client: pg.Client, payload: string): void {
    const [kind, token, from] = payload.split(":");
    if (kind === "ping" && token) {
      client.query("SELECT pg_notify($1, $2)", [SYNC_CHANNEL, `ack:${token}:${this.id}`]).catch(() => undefined);
    } else if (kind === "ack" && token && from) {
      const ping = this.pings.get(token);
      if (ping) {
        ping.from.add(from);
        ping.heard();
      }
    }
  }

  private lost(client: pg.Client, err?: unknown): void {
    if (this.client !== client) return;
    this.live = false;
    this.client = null;
    client.removeAllListeners();
    client.on("error", () => undefined);
    client.end().catch(() => undefined);
    if (this.closed) return;
    this.options.log?.(`lost the database connection that follows catalog publishing; retrying in ${this.wait} ms`, err);
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.connect();
    }, this.wait);
    this.timer.unref();
    this.wait = Math.min(this.wait * 2, 30_000);
  }

  /**
   * Resolves once every change committed before the call has been seen. PostgreSQL hands
   * a listening session its pending notifications before the end of its next command, so
   * one round trip on the listening connection is the barrier.
   */
  async settle(): Promise<void> {
    await this.client?.query("SELECT 1").catch(() => undefined);
  }

  /**
   * Resolves once every process following publishes on this database has seen every
   * change committed before the call (and so emptied its caches): the next request to any
   * of them shows it. One ping through PostgreSQL, answered by each listening connection;
   * a process that does not answer within `syncTimeoutMs` (default 2 s) is not waited for
   * longer. Costs a few round trips, so it is meant for writes that changed published data.
   */
  async settleEverywhere(): Promise<void> {
    const client = this.client;
    if (!client) return;
    const token = randomUUID();
    const ping = { from: new Set<string>(), heard: () => undefined as void };
    this.pings.set(token, ping);
    try {
      const { rows } = await client.query<{ n: number }>(LISTENERS_SQL);
      const expected = rows[0]!.n;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, this.options.syncTimeoutMs ?? 2_000);
        timer.unref();
        ping.heard = () => {
          if (ping.from.size < expected) return;
          clearTimeout(timer);
          resolve();
        };
        client.query("SELECT pg_notify($1, $2)", [SYNC_CHANNEL, `ping:${token}`]).catch(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    } catch {
      // The listening connection is down: nothing is served from the caches until it is back.
    } finally {
      this.pings.delete(token);
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    this.live = false;
    if (this.timer) clearTimeout(this.timer);
    const client = this.client;
    this.client = null;
    if (client) {
      client.removeAllListeners();
      client.on("error", () => undefined);
      await client.end().catch(() => undefined);
    }
  }
}
