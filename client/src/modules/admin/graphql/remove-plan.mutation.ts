/* GraphQL */ `
  mutation RemovePlan($slug: String!, $revision: Int!, $key: String!) {
    removePlan(slug: $slug, revision: $revision, key: $key) {
      ...DraftFields
    }
  }
`;
export { RemovePlanDocument } from "../../../__generated__/admin/graphql.js";
