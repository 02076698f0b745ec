/* GraphQL */ `
  mutation UpdatePriority($slug: String!, $revision: Int!, $key: String!, $priority: PriorityInput!) {
    updatePriority(slug: $slug, revision: $revision, key: $key, priority: $priority) {
      ...DraftFields
    }
  }
`;
export { UpdatePriorityDocument } from "../../../__generated__/admin/graphql.js";
