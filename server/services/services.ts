import type { DataSource } from "typeorm";
import { CatalogService } from "./catalog.service.js";
import { EngineService } from "./engine.service.js";

/** The services of one database; requests share them (they hold no per-request state). */
export interface Services {
  dataSource: DataSource;
  catalogs: CatalogService;
  engine: EngineService;
}

export function createServices(dataSource: DataSource): Services {
  const catalogs = new CatalogService(dataSource);
  return { dataSource, catalogs, engine: new EngineService(catalogs) };
}
