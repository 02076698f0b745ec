/* GraphQL */ `
  mutation RemoveFeature($slug: String!, $revision: Int!, $key: String!) {
    removeFeature(slug: $slug, revision: $revision, key: $key) {
      ...DraftFields
    }
  }
`;
export { RemoveFeatureDocument } from "../../../__generated__/admin/graphql.js";
