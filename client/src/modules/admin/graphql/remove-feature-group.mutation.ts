/* GraphQL */ `
  mutation RemoveFeatureGroup($slug: String!, $revision: Int!, $key: String!) {
    removeFeatureGroup(slug: $slug, revision: $revision, key: $key) {
      ...DraftFields
    }
  }
`;
export { RemoveFeatureGroupDocument } from "../../../__generated__/admin/graphql.js";
