/* GraphQL */ `
  mutation AddRequestCategory($slug: String!, $revision: Int!, $category: RequestCategoryInput!) {
    addRequestCategory(slug: $slug, revision: $revision, category: $category) {
      ...DraftFields
    }
  }
`;
export { AddRequestCategoryDocument } from "../../../__generated__/admin/graphql.js";
