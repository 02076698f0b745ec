import pg from "pg";
import { DataSource, type Logger } from "typeorm";
import { CatalogVersionEntity } from "./entities/catalog-version.entity.js";
import { CatalogEntity } from "./entities/catalog.entity.js";
import { FeatureCellEntity, FeatureEntity, FeatureGroupEntity } from "./entities/matrix.entities.js";
import {
  CreditPackEntity,
  EligibilityLimitEntity,
  PlanEntity,
  PricingRuleEntity,
  SupportCalendarEntity,
} from "./entities/plan.entities.js";
import {
  ExclusionEntity,
  GuaranteeBandEntity,
  PriorityEntity,
  RequestCategoryEntity,
  SlaTargetEntity,
} from "./entities/terms.entities.js";
import { QuoteAcceptanceEntity } from "./entities/quote-acceptance.entity.js";
import { OutboxMessageEntity } from "./entities/outbox.entity.js";
import { SettingEntity } from "./entities/setting.entity.js";
import { QuoteEntity, QuoteNumberCounterEntity, ShareLinkEntity } from "./entities/quote.entities.js";
import { QuoteRequestCounterEntity, QuoteRequestEntity } from "./entities/quote-request.entity.js";
import { AuditLogEntity, LoginFailureEntity, SessionEntity, UserEntity } from "./entities/user.entities.js";
import { MIGRATIONS } from "./migrations/index.js";
import { SnakeNamingStrategy } from "./naming.strategy.js";

export const ENTITIES = [
  CatalogEntity,
  CatalogVersionEntity,
  PlanEntity,
  PricingRuleEntity,
  CreditPackEntity,
  SupportCalendarEntity,
  EligibilityLimitEntity,
  FeatureGroupEntity,
  FeatureEntity,
  FeatureCellEntity,
  ExclusionEntity,
  PriorityEntity,
  SlaTargetEntity,
  RequestCategoryEntity,
  GuaranteeBandEntity,
  SettingEntity,
  UserEntity,
  SessionEntity,
  LoginFailureEntity,
  AuditLogEntity,
  QuoteEntity,
  QuoteNumberCounterEntity,
  ShareLinkEntity,
  QuoteAcceptanceEntity,
  OutboxMessageEntity,
  QuoteRequestEntity,
  QuoteRequestCounterEntity,
];

export interface DataSourceOptions {
  url: string;
  /** Called with each SQL statement sent (tests count them). */
  onQuery?: (sql: string) => void;
  poolSize?: number;
}

class QueryCounter implements Logger {
  constructor(private readonly onQuery: (sql: string) => void) {}
  logQuery(query: string): void {
    this.onQuery(query);
  }
  logQueryError(): void {}
  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(): void {}
}

/**
 * A pool client that never lets a connection error go unhandled. pg-pool listens on idle
 * clients and TypeORM on the ones it holds, but a FATAL message (a terminated backend, a
 * restarted server) can land on a client between those hands and crash the process; the
 * owner still sees the error on its query, so this listener only keeps the process up.
 */
class GuardedClient extends pg.Client {
  constructor(config?: string | pg.ClientConfig) {
    super(config);
    this.on("error", () => undefined);
  }
}

export function createDataSource(options: DataSourceOptions): DataSource {
  return new DataSource({
    type: "postgres",
    url: options.url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: "migrations",
    migrationsTransactionMode: "each",
    namingStrategy: new SnakeNamingStrategy(),
    synchronize: false,
    // A database that does not answer (a partition, not a refusal) fails requests after 10 s rather than never.
    extra: { max: options.poolSize ?? 10, connectionTimeoutMillis: 10_000, Client: GuardedClient },
    ...(options.onQuery ? { logging: ["query" as const], logger: new QueryCounter(options.onQuery) } : { logging: false }),
  });
}
