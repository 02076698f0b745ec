/* GraphQL */ `
  fragment PlanNotes_Catalog on Catalog {
    notes
    editorNotes
    exclusions {
      text
      planKeys
      kind
      heading
    }
    plans {
      key
      name
      forYouIf
      notes
    }
  }
`;
export { type PlanNotes_CatalogFragment } from "../../../../__generated__/compare/lazy/graphql.js";
