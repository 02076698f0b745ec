/* GraphQL */ `
  query DraftChanges($slug: String!, $from: Int!) {
    catalogDiff(slug: $slug, from: $from) {
      changes {
        kind
        summary
      }
    }
  }
`;
export { DraftChangesDocument } from "../../../__generated__/admin/graphql.js";
