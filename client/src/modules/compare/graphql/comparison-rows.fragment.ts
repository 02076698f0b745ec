/* GraphQL */ `
  fragment ComparisonRows_Catalog on Catalog {
    comparisonRows {
      key
      label
      group
      hint
      supportHours
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
    }
    plans {
      key
      calendar {
        summary
        zones
        alwaysOpen
      }
    }
  }
`;
export { type ComparisonRows_CatalogFragment } from "../../../__generated__/compare/graphql.js";
