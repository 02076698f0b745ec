/* GraphQL */ `
  mutation AddPriority($slug: String!, $revision: Int!, $priority: PriorityInput!) {
    addPriority(slug: $slug, revision: $revision, priority: $priority) {
      ...DraftFields
    }
  }
`;
export { AddPriorityDocument } from "../../../__generated__/admin/graphql.js";
