/* GraphQL */ `
  query CompareCatalog($slug: String!) {
    catalog(slug: $slug) {
      slug
      version
      name
      vendor
      currency
      description
      plans {
        ...PlanHeading_Plan
        ...PriceCell_Plan
      }
      ...FiguresForm_Catalog
      ...ComparisonRows_Catalog
    }
  }
`;
export { CompareCatalogDocument, type CompareCatalogQuery } from "../../../__generated__/compare/graphql.js";
