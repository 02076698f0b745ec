/* GraphQL */ `
  mutation RemoveRequestCategory($slug: String!, $revision: Int!, $key: String!) {
    removeRequestCategory(slug: $slug, revision: $revision, key: $key) {
      ...DraftFields
    }
  }
`;
export { RemoveRequestCategoryDocument } from "../../../__generated__/admin/graphql.js";
