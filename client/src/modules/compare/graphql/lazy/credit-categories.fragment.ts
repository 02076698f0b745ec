/* GraphQL */ `
  fragment CreditCategories_Catalog on Catalog {
    slug
    currency
    requestCategories {
      key
      label
      description
      creditKind
      credits
      perStep
      includedSteps
      needsConfirmation
      creditsText
    }
  }
`;
export { type CreditCategories_CatalogFragment } from "../../../../__generated__/compare/lazy/graphql.js";
