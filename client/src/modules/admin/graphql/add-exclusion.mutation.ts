/* GraphQL */ `
  mutation AddExclusion($slug: String!, $revision: Int!, $exclusion: ExclusionInput!) {
    addExclusion(slug: $slug, revision: $revision, exclusion: $exclusion) {
      ...DraftFields
    }
  }
`;
export { AddExclusionDocument } from "../../../__generated__/admin/graphql.js";
