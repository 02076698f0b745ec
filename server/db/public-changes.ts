import pg from "pg";

export const PUBLIC_CHANNEL = "tierwise_public";

/** What the public API reads, in one string: it changes whenever a catalog is published, renamed or deleted. */
const FINGERPRINT_SQL = `SELECT md5(coalesce(string_agg(id::text || ':' || coalesce(published_version, 0) || ':' || slug || ':' || (deleted_at IS NULL), ',' ORDER BY id), '')) AS fp FROM catalog`;

export interface PublicChangesOptions {
  url: string;
  /** Called (synchronously) whenever published data may have changed. */
  onChange: () => void;
  log?: (message: string, err?: unknown) => void;
  /** First wait before reconnecting, in ms; doubles up to 30 s. */
  retryMs?: number;
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

  constructor(private readonly options: PublicChangesOptions) {
    this.wait = options.retryMs ?? 500;
  }

  /** Connects; when the database cannot be reached, keeps trying in the background. */
  async start(): Promise<void> {
    await this.connect();
  }

  private async connect(): Promise<void> {
    if (this.closed) return;
    const client = new pg.Client({ connectionString: this.options.url, application_name: "tierwise-public-changes" });
    this.client = client;
    client.on("notification", () => this.changed(client));
    client.on("error", (err) => this.lost(client, err));
    client.on("end", () => this.lost(client));
    try {
      await client.connect();
      await client.query(`LISTEN ${PUBLIC_CHANNEL}`);
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
