/* GraphQL */ `
  mutation UpdateRequestCategory($slug: String!, $revision: Int!, $key: String!, $category: RequestCategoryInput!) {
    updateRequestCategory(slug: $slug, revision: $revision, key: $key, category: $category) {
      ...DraftFields
    }
  }
`;
export { UpdateRequestCategoryDocument } from "../../../__generated__/admin/graphql.js";
