/* GraphQL */ `
  fragment GuaranteeCard_Catalog on Catalog {
    guaranteeBands {
      days
      label
    }
    guaranteeNote
  }
`;
export { type GuaranteeCard_CatalogFragment } from "../../../../__generated__/compare/lazy/graphql.js";
