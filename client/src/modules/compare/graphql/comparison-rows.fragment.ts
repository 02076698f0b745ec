/* GraphQL */ `
  fragment ComparisonRows_Catalog on Catalog {
    featureGroups {
      key
      label
    }
    features {
      key
      label
      group
      valueType
      note
      source {
        kind
        priorityKeys
      }
      cells {
        planKey
        display
        note
        editorNote
      }
    }
    priorities {
      key
      label
      definition
    }
    plans {
      key
      calendar {
        summary
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
export { type ComparisonRows_CatalogFragment } from "../../../__generated__/compare/graphql.js";
