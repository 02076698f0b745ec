import { randomUUID } from "node:crypto";
import type { DataSource, EntityManager } from "typeorm";
import { checkPageSize, decodeCursor, encodeCursor } from "../db/cursor.js";
import { OutboxMessageEntity } from "../db/entities/outbox.entity.js";
import type { Message } from "../domain/messages.js";

/** Emails are written to the outbox inside the transaction of the action that causes them. */
export class OutboxService {
  constructor(
    private readonly ds: DataSource,
    private readonly clock: () => Date,
  ) {}

  async enqueue(tx: EntityManager, message: Message): Promise<void> {
    await tx.insert(OutboxMessageEntity, { id: randomUUID(), ...message, createdAt: this.clock(), sentAt: null, attempts: 0, nextAttemptAt: null, lastError: null });
  }

  /** Newest first, a page at a time (what admins read). */
  async page(first: number, after: string | null): Promise<{ messages: OutboxMessageEntity[]; nextCursor: string | null }> {
    const n = checkPageSize(first);
    const qb = this.ds.manager.createQueryBuilder(OutboxMessageEntity, "m").orderBy("m.created_at", "DESC").addOrderBy("m.id", "DESC").limit(n + 1);
    if (after) {
      const c = decodeCursor(after);
      qb.andWhere("(m.created_at, m.id) < (:at, :id)", { at: c.at, id: c.id });
    }
    const rows = await qb.getMany();
    const page = rows.slice(0, n);
    const last = page[page.length - 1];
    return { messages: page, nextCursor: rows.length > n && last ? encodeCursor({ at: last.createdAt, id: last.id }) : null };
  }
}
