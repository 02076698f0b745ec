/* GraphQL */ `
  mutation AddFeatureGroup($slug: String!, $revision: Int!, $group: FeatureGroupInput!) {
    addFeatureGroup(slug: $slug, revision: $revision, group: $group) {
      ...DraftFields
    }
  }
`;
export { AddFeatureGroupDocument } from "../../../__generated__/admin/graphql.js";
