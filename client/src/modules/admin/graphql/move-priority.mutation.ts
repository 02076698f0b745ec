/* GraphQL */ `
  mutation MovePriority($slug: String!, $revision: Int!, $key: String!, $position: Int!) {
    movePriority(slug: $slug, revision: $revision, key: $key, position: $position) {
      ...DraftFields
    }
  }
`;
export { MovePriorityDocument } from "../../../__generated__/admin/graphql.js";
