/* GraphQL */ `
  mutation MoveFeature($slug: String!, $revision: Int!, $key: String!, $position: Int!) {
    moveFeature(slug: $slug, revision: $revision, key: $key, position: $position) {
      ...DraftFields
    }
  }
`;
export { MoveFeatureDocument } from "../../../__generated__/admin/graphql.js";
