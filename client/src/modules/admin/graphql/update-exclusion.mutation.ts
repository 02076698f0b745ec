/* GraphQL */ `
  mutation UpdateExclusion($slug: String!, $revision: Int!, $index: Int!, $exclusion: ExclusionInput!) {
    updateExclusion(slug: $slug, revision: $revision, index: $index, exclusion: $exclusion) {
      ...DraftFields
    }
  }
`;
export { UpdateExclusionDocument } from "../../../__generated__/admin/graphql.js";
