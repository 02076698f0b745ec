/* GraphQL */ `
  fragment FiguresForm_Catalog on Catalog {
    currency
    plans {
      key
      pricing {
        kind
      }
      limits {
        figure
      }
      calendar {
        zones
      }
    }
    guaranteeBands {
      days
    }
  }
`;
export { type FiguresForm_CatalogFragment } from "../../../__generated__/compare/graphql.js";
