/* GraphQL */ `
  query CompareCatalogDetails($slug: String!) {
    catalog(slug: $slug) {
      slug
      version
      ...SlaWidget_Catalog
      ...PriceChart_Catalog
      ...CreditCategories_Catalog
      ...GuaranteeCard_Catalog
      ...PlanNotes_Catalog
    }
  }
`;
export { CompareCatalogDetailsDocument } from "../../../../__generated__/compare/lazy/graphql.js";
