/* GraphQL */ `
  fragment PriceChart_Catalog on Catalog {
    slug
    currency
    plans {
      key
      name
      isTier
      pricing {
        kind
      }
    }
  }
`;
export { type PriceChart_CatalogFragment } from "../../../../__generated__/compare/lazy/graphql.js";
