/* GraphQL */ `
  fragment FiguresForm_Catalog on Catalog {
    currency
    figures
    licenseEditions {
      key
      label
    }
    plans {
      key
      calendar {
        zones
      }
    }
  }
`;
export { type FiguresForm_CatalogFragment } from "../../../__generated__/compare/graphql.js";
