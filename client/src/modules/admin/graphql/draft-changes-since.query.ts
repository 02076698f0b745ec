/* GraphQL */ `
  query DraftChangesSince($slug: String!, $since: Int!) {
    draftChangesSince(slug: $slug, since: $since) {
      since
      revision
      editedBy
      changes {
        area
        key
        kind
        summary
        before
        after
      }
    }
  }
`;
export { DraftChangesSinceDocument } from "../../../__generated__/admin/graphql.js";
