import type { DataSource } from "typeorm";
import { OutboxMessageEntity } from "../db/entities/outbox.entity.js";

/** What sends one email (nodemailer's transport in production). */
export interface MailTransport {
  sendMail(mail: { from: string; to: string; subject: string; text: string; html: string }): Promise<unknown>;
}

const MAX_ATTEMPTS = 10;

export type DeliveryStatus = "QUEUED" | "SENT" | "FAILED";

/** Sent; failed for good (no try is left); or queued, for the first try or the next one. */
export function deliveryStatus(message: { sentAt: Date | null; attempts: number }): DeliveryStatus {
  if (message.sentAt) return "SENT";
  return message.attempts >= MAX_ATTEMPTS ? "FAILED" : "QUEUED";
}
const BASE_DELAY_MS = 30_000;
const MAX_DELAY_MS = 3_600_000;

/** Wait before the next try after `attempts` failures: 30 s doubling, at most an hour. */
export function backoffMs(attempts: number): number {
  return Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** Math.max(0, attempts - 1));
}

/**
 * Sends the outbox's pending messages. It runs beside the requests and never inside their
 * transactions: a failed send only schedules a retry, the action that wrote it stands.
 * Each message is locked while sent (SKIP LOCKED), so two servers never send one twice.
 */
export class MailDrainer {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<number> | null = null;

  constructor(
    private readonly ds: DataSource,
    private readonly clock: () => Date,
    private readonly transport: MailTransport,
    private readonly from: string,
  ) {}

  /** Sends what is due now, one message per transaction; returns how many were sent. */
  async drainOnce(limit = 50): Promise<number> {
    let sent = 0;
    for (let i = 0; i < limit; i++) {
      const outcome = await this.ds.transaction(async (tx) => {
        const now = this.clock();
        const [row] = await tx
          .createQueryBuilder(OutboxMessageEntity, "m")
          .where("m.sent_at IS NULL AND m.attempts < :max AND (m.next_attempt_at IS NULL OR m.next_attempt_at <= :now)", { max: MAX_ATTEMPTS, now })
          .orderBy("m.created_at", "ASC")
          .limit(1)
          .setLock("pessimistic_write")
          .setOnLocked("skip_locked")
          .getMany();
        if (!row) return "none" as const;
        try {
          await this.transport.sendMail({ from: this.from, to: row.to, subject: row.subject, text: row.text, html: row.html });
          await tx.update(OutboxMessageEntity, { id: row.id }, { sentAt: now, attempts: row.attempts + 1, lastError: null });
          return "sent" as const;
        } catch (error) {
          const attempts = row.attempts + 1;
          await tx.update(OutboxMessageEntity, { id: row.id }, {
            attempts,
            lastError: error instanceof Error ? error.message.slice(0, 500) : String(error),
            nextAttemptAt: new Date(now.getTime() + backoffMs(attempts)),
          });
          return "failed" as const;
        }
      });
      if (outcome === "none") break;
      if (outcome === "sent") sent++;
    }
    return sent;
  }

  /** Drains every `intervalMs` in the background; errors are logged, never thrown at a request. */
  start(intervalMs: number, log: (message: string) => void): void {
    this.timer = setInterval(() => {
      if (this.running) return;
      this.running = this.drainOnce()
        .catch((error: unknown) => {
          log(`sending email: ${error instanceof Error ? error.message : String(error)}`);
          return 0;
        })
        .finally(() => {
          this.running = null;
        });
    }, intervalMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running;
  }
}
