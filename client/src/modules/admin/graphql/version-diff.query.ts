/* GraphQL */ `
  query VersionDiff($slug: String!, $from: Int!, $to: Int) {
    catalogDiff(slug: $slug, from: $from, to: $to) {
      from
      to
      changes {
        kind
        summary
      }
    }
  }
`;
export { VersionDiffDocument } from "../../../__generated__/admin/graphql.js";
