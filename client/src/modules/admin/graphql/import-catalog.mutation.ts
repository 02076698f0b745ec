/* GraphQL */ `
  mutation ImportCatalog($document: JSON!, $slug: String, $publish: Boolean!) {
    importCatalog(document: $document, slug: $slug, publish: $publish) {
      slug
      publishedVersion
    }
  }
`;
export { ImportCatalogDocument } from "../../../__generated__/admin/graphql.js";
