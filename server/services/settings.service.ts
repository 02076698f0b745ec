import type { DataSource, EntityManager } from "typeorm";
import { SettingEntity } from "../db/entities/setting.entity.js";
import { badInput, notFound } from "../domain/errors.js";
import { isUuid } from "../db/ids.js";
import { UserEntity } from "../db/entities/user.entities.js";
import { isZoneError, parseZone } from "../domain/zones.js";
import type { AuditService } from "./audit.service.js";
import type { Viewer } from "./viewer.js";

export interface Settings {
  /** The organisation's time zone: quote numbers take their year from it; new quotes default to it. */
  timeZone: string;
  /** The user who owns quotes prospects make themselves (instant quotes); null: the first admin. */
  instantQuoteOwnerId: string | null;
}

const KEY = "organization";
const DEFAULTS: Settings = { timeZone: "UTC", instantQuoteOwnerId: null };

export class SettingsService {
  constructor(
    private readonly ds: DataSource,
    private readonly audit: AuditService,
  ) {}

  async get(db: EntityManager = this.ds.manager): Promise<Settings> {
    const row = await db.findOne(SettingEntity, { where: { key: KEY } });
    return { ...DEFAULTS, ...((row?.value as Partial<Settings>) ?? {}) };
  }

  async update(changes: { timeZone?: string | null; instantQuoteOwnerId?: string | null }, actor: Viewer): Promise<Settings> {
    return this.ds.transaction(async (tx) => {
      const before = await this.get(tx);
      const after = { ...before };
      if (changes.timeZone != null) {
        const zone = parseZone(changes.timeZone);
        if (isZoneError(zone)) throw badInput(zone.error, "timeZone");
        after.timeZone = zone.name;
      }
      if (changes.instantQuoteOwnerId != null) {
        const user = isUuid(changes.instantQuoteOwnerId) ? await tx.findOneBy(UserEntity, { id: changes.instantQuoteOwnerId }) : null;
        if (!user || user.disabledAt) throw notFound("There is no such active user", "instantQuoteOwnerId");
        after.instantQuoteOwnerId = user.id;
      }
      await tx.upsert(SettingEntity, { key: KEY, value: after }, ["key"]);
      await this.audit.record(tx, actor, { action: "settings.update", entity: "settings", entityKey: KEY, summary: "Updated the organisation settings", before, after });
      return after;
    });
  }
}
