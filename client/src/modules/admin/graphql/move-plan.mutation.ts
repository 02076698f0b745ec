/* GraphQL */ `
  mutation MovePlan($slug: String!, $revision: Int!, $key: String!, $position: Int!) {
    movePlan(slug: $slug, revision: $revision, key: $key, position: $position) {
      ...DraftFields
    }
  }
`;
export { MovePlanDocument } from "../../../__generated__/admin/graphql.js";
