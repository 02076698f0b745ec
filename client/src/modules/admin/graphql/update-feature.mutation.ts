/* GraphQL */ `
  mutation UpdateFeature($slug: String!, $revision: Int!, $key: String!, $feature: FeatureInput!) {
    updateFeature(slug: $slug, revision: $revision, key: $key, feature: $feature) {
      ...DraftFields
    }
  }
`;
export { UpdateFeatureDocument } from "../../../__generated__/admin/graphql.js";
