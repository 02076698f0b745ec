/* GraphQL */ `
  query CatalogChoices {
    catalogs {
      slug
      version
      name
      currency
      licenseEditions {
        key
        label
      }
      plans {
        key
        name
        availability
        isTier
        addOnTo
        pricing {
          kind
          summary
          packs {
            credits
            price
          }
        }
      }
    }
  }
`;
export { CatalogChoicesDocument, type CatalogChoicesQuery } from "../../../__generated__/sales/graphql.js";
