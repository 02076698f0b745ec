import type { DataSource } from "typeorm";
import { AuditService } from "./audit.service.js";
import { AuthService } from "./auth.service.js";
import { CatalogService } from "./catalog.service.js";
import { EngineService } from "./engine.service.js";
import { SettingsService } from "./settings.service.js";

export interface ServiceOptions {
  /** The current instant; tests move it to check expiry and slow-downs. */
  clock?: () => Date;
}

/** The services of one database; requests share them (they hold no per-request state). */
export interface Services {
  dataSource: DataSource;
  clock: () => Date;
  audit: AuditService;
  auth: AuthService;
  settings: SettingsService;
  catalogs: CatalogService;
  engine: EngineService;
}

export function createServices(dataSource: DataSource, options: ServiceOptions = {}): Services {
  const clock = options.clock ?? (() => new Date());
  const audit = new AuditService(dataSource, clock);
  const catalogs = new CatalogService(dataSource);
  return {
    dataSource,
    clock,
    audit,
    auth: new AuthService(dataSource, clock, audit),
    settings: new SettingsService(dataSource, audit),
    catalogs,
    engine: new EngineService(catalogs),
  };
}
