/* GraphQL */ `
  fragment PriceCell_Plan on Plan {
    key
    name
    pricedOnRequest
    pricing {
      kind
      summary
      note
      editorNote
      packs {
        credits
        price
      }
    }
  }
`;
export { type PriceCell_PlanFragment } from "../../../__generated__/compare/graphql.js";
