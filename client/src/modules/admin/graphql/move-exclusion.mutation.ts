/* GraphQL */ `
  mutation MoveExclusion($slug: String!, $revision: Int!, $index: Int!, $position: Int!) {
    moveExclusion(slug: $slug, revision: $revision, index: $index, position: $position) {
      ...DraftFields
    }
  }
`;
export { MoveExclusionDocument } from "../../../__generated__/admin/graphql.js";
