/* GraphQL */ `
  fragment SlaWidget_Catalog on Catalog {
    slug
    priorities {
      key
      label
      definition
    }
    plans {
      key
      name
      calendar {
        zones
        alwaysOpen
      }
      slaTargets {
        priorityKey
        text
      }
    }
  }
`;
export { type SlaWidget_CatalogFragment } from "../../../../__generated__/compare/lazy/graphql.js";
