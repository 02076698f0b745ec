/* GraphQL */ `
  mutation CreateCatalog($slug: String!, $name: String!, $currency: String!) {
    createCatalog(slug: $slug, name: $name, currency: $currency) {
      slug
    }
  }
`;
export { CreateCatalogDocument } from "../../../__generated__/admin/graphql.js";
