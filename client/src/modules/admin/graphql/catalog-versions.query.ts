/* GraphQL */ `
  query CatalogVersions($slug: String!) {
    catalogVersions(slug: $slug) {
      number
      publishedAt
      publishedBy
    }
  }
`;
export { CatalogVersionsDocument } from "../../../__generated__/admin/graphql.js";
