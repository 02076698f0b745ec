/* GraphQL */ `
  query CatalogChoices {
    catalogs {
      slug
      version
      name
      currency
      figures
      licenseEditions {
        key
        label
      }
      plans {
        key
        name
        isTier
        addOnKeys
        calendar {
          zones
        }
        pricing {
          kind
          summary
          guidance {
            floor
            listPrice
          }
          packs {
            credits
            price
            guidance {
              floor
              listPrice
            }
          }
        }
      }
    }
  }
`;
export { CatalogChoicesDocument, type CatalogChoicesQuery } from "../../../__generated__/sales/graphql.js";
