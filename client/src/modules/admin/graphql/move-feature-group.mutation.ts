/* GraphQL */ `
  mutation MoveFeatureGroup($slug: String!, $revision: Int!, $key: String!, $position: Int!) {
    moveFeatureGroup(slug: $slug, revision: $revision, key: $key, position: $position) {
      ...DraftFields
    }
  }
`;
export { MoveFeatureGroupDocument } from "../../../__generated__/admin/graphql.js";
