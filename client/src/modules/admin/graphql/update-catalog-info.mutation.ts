/* GraphQL */ `
  mutation UpdateCatalogInfo($slug: String!, $revision: Int!, $info: CatalogInfoInput!) {
    updateCatalogInfo(slug: $slug, revision: $revision, info: $info) {
      ...DraftFields
    }
  }
`;
export { UpdateCatalogInfoDocument } from "../../../__generated__/admin/graphql.js";
