/* GraphQL */ `
  fragment PriceCell_Plan on Plan {
    key
    name
    pricedOnRequest
    pricing {
      kind
      summary
      note
      packs {
        credits
        price
      }
    }
  }
`;
export { type PriceCell_PlanFragment } from "../../../__generated__/compare/graphql.js";
