/* GraphQL */ `
  query CatalogAudit($key: String!, $after: String) {
    auditLog(first: 20, entity: "catalog", entityKey: $key, after: $after) {
      entries {
        id
        at
        actorEmail
        action
        summary
      }
      nextCursor
    }
  }
`;
export { CatalogAuditDocument } from "../../../__generated__/admin/graphql.js";
