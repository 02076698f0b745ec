import type { ApolloServerPlugin, BaseContext } from "@apollo/server";
import { GraphQLError } from "graphql";
import { UNAVAILABLE_MESSAGE } from "../api/errors.js";
import { isDatabaseUnreachable } from "../db/pg-errors.js";

export { UNAVAILABLE_MESSAGE };

/** The GraphQL error every request gets while the database is away (HTTP 503). */
export function serviceUnavailable(): GraphQLError {
  return new GraphQLError(UNAVAILABLE_MESSAGE, { extensions: { code: "SERVICE_UNAVAILABLE", http: { status: 503 } } });
}

interface OutageLog {
  error(message: string): void;
  warn(message: string): void;
}

/**
 * Whether PostgreSQL is away, learnt from the errors requests meet. The first such error
 * starts an outage, logged once; from then on requests are answered SERVICE_UNAVAILABLE
 * without waiting on the database, while a probe tries it every `intervalMs` and logs
 * its return once. The pool reconnects by itself: no restart needed.
 */
export class DatabaseOutage {
  private since: number | null = null;
  private timer: NodeJS.Timeout | null = null;
  private closed = false;

  constructor(
    private readonly probe: () => Promise<unknown>,
    private readonly log: OutageLog,
    private readonly intervalMs = 1000,
  ) {}

  get down(): boolean {
    return this.since !== null;
  }

  /** Whether `err` means the database is away; the first one of an outage is logged. */
  failed(err: unknown): boolean {
    if (!isDatabaseUnreachable(err)) return false;
    if (this.since === null) {
      this.since = Date.now();
      const reason = err instanceof Error ? err.message : String(err);
      this.log.error(`The database cannot be reached (${reason}); answering SERVICE_UNAVAILABLE until it is back`);
      this.schedule();
    }
    return true;
  }

  /** A statement went through: the outage, if any, is over. */
  succeeded(): void {
    if (this.since === null) return;
    this.log.warn(`The database is reachable again, after ${Math.round((Date.now() - this.since) / 1000)} s away`);
    this.since = null;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  close(): void {
    this.closed = true;
    if (this.timer) clearTimeout(this.timer);
  }

  private schedule(): void {
    if (this.closed) return;
    this.timer = setTimeout(() => {
      this.probe().then(
        () => this.succeeded(),
        () => this.down && this.schedule(),
      );
    }, this.intervalMs);
    this.timer.unref();
  }
}

/** Answers whose only result is SERVICE_UNAVAILABLE go out as HTTP 503, so load balancers and clients can tell. */
export const unavailableStatusPlugin: ApolloServerPlugin<BaseContext> = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        if (response.body.kind !== "single") return;
        const { data, errors } = response.body.singleResult;
        if (data == null && errors?.some((e) => e.extensions?.code === "SERVICE_UNAVAILABLE")) response.http.status = 503;
      },
    };
  },
};
