import { printSchema, type GraphQLSchema } from "graphql";
import { buildSchema } from "type-graphql";
import { authChecker } from "./auth-checker.js";
import { AccountResolver } from "./resolvers/account.resolver.js";
import { CatalogAdminResolver } from "./resolvers/catalog-admin.resolver.js";
import { CatalogDraftResolver } from "./resolvers/catalog-draft.resolver.js";
import { CatalogResolver } from "./resolvers/catalog.resolver.js";
import { DraftToolsResolver } from "./resolvers/draft-tools.resolver.js";
import { EngineResolver } from "./resolvers/engine.resolver.js";
import { QuoteRequestLinkResolver, QuoteRequestResolver } from "./resolvers/quote-request.resolver.js";
import { OutboxResolver } from "./resolvers/outbox.resolver.js";
import { QuoteApprovalResolver } from "./resolvers/quote-approval.resolver.js";
import { QuoteResolver } from "./resolvers/quote.resolver.js";
import { SharedQuoteResolver } from "./resolvers/shared-quote.resolver.js";

export const RESOLVERS = [CatalogResolver, EngineResolver, AccountResolver, QuoteResolver, QuoteApprovalResolver, SharedQuoteResolver, CatalogAdminResolver, CatalogDraftResolver, DraftToolsResolver, QuoteRequestResolver, QuoteRequestLinkResolver, OutboxResolver] as const;

/** Builds the executable schema from the resolver classes. */
export function createSchema(): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers: [...RESOLVERS],
    validate: false,
    authChecker,
  });
}

/** The schema as committed in schema/schema.graphql. */
export function printSchemaFile(schema: GraphQLSchema): string {
  return `# Generated from server/api by \`npm run schema\`; do not edit.\n\n${printSchema(schema)}\n`;
}
