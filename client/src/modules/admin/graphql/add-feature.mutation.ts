/* GraphQL */ `
  mutation AddFeature($slug: String!, $revision: Int!, $feature: FeatureInput!) {
    addFeature(slug: $slug, revision: $revision, feature: $feature) {
      ...DraftFields
    }
  }
`;
export { AddFeatureDocument } from "../../../__generated__/admin/graphql.js";
