/* GraphQL */ `
  mutation MoveRequestCategory($slug: String!, $revision: Int!, $key: String!, $position: Int!) {
    moveRequestCategory(slug: $slug, revision: $revision, key: $key, position: $position) {
      ...DraftFields
    }
  }
`;
export { MoveRequestCategoryDocument } from "../../../__generated__/admin/graphql.js";
