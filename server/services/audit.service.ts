import { randomUUID } from "node:crypto";
import type { DataSource, EntityManager } from "typeorm";
import { checkPageSize, decodeCursor, encodeCursor } from "../db/cursor.js";
import { AuditLogEntity } from "../db/entities/user.entities.js";
import type { Viewer } from "./viewer.js";

export interface AuditEntry {
  action: string;
  entity: string;
  entityKey: string;
  summary: string;
  before?: unknown;
  after?: unknown;
}

/** Writes the audit log, always inside the transaction of the change it records. */
export interface AuditPageQuery {
  first: number;
  after: string | null;
  entity: string | null;
  entityKey: string | null;
}

export class AuditService {
  constructor(
    private readonly ds: DataSource,
    private readonly clock: () => Date,
  ) {}

  /** Newest first, a page at a time. */
  async page(q: AuditPageQuery): Promise<{ entries: AuditLogEntity[]; nextCursor: string | null }> {
    const first = checkPageSize(q.first);
    const qb = this.ds.manager.createQueryBuilder(AuditLogEntity, "a").orderBy("a.at", "DESC").addOrderBy("a.id", "DESC").limit(first + 1);
    if (q.entity) qb.andWhere("a.entity = :entity", { entity: q.entity });
    if (q.entityKey) qb.andWhere("a.entity_key = :entityKey", { entityKey: q.entityKey });
    if (q.after) {
      const c = decodeCursor(q.after);
      qb.andWhere("(a.at, a.id) < (:at, :id)", { at: c.at, id: c.id });
    }
    const rows = await qb.getMany();
    const entries = rows.slice(0, first);
    const last = entries[entries.length - 1];
    return { entries, nextCursor: rows.length > first && last ? encodeCursor({ at: last.at, id: last.id }) : null };
  }

  async record(tx: EntityManager, actor: Viewer | null, entry: AuditEntry): Promise<void> {
    await tx.insert(AuditLogEntity, {
      id: randomUUID(),
      at: this.clock(),
      actorId: actor?.id ?? null,
      actorEmail: actor?.email ?? null,
      action: entry.action,
      entity: entry.entity,
      entityKey: entry.entityKey,
      summary: entry.summary,
      // jsonb columns: JSON null when there is nothing to show.
      before: (entry.before ?? null) as never,
      after: (entry.after ?? null) as never,
    });
  }
}
