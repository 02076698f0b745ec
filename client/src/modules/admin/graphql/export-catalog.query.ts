/* GraphQL */ `
  query ExportCatalog($slug: String!, $version: Int) {
    exportCatalog(slug: $slug, version: $version)
  }
`;
export { ExportCatalogDocument } from "../../../__generated__/admin/graphql.js";
