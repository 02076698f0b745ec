/* GraphQL */ `
  mutation RemovePriority($slug: String!, $revision: Int!, $key: String!) {
    removePriority(slug: $slug, revision: $revision, key: $key) {
      ...DraftFields
    }
  }
`;
export { RemovePriorityDocument } from "../../../__generated__/admin/graphql.js";
