/* GraphQL */ `
  mutation RemoveExclusion($slug: String!, $revision: Int!, $index: Int!) {
    removeExclusion(slug: $slug, revision: $revision, index: $index) {
      ...DraftFields
    }
  }
`;
export { RemoveExclusionDocument } from "../../../__generated__/admin/graphql.js";
