/* GraphQL */ `
  fragment PlanPrice on PricedQuote {
    total
    eligible
    reasons
    guarantee {
      days
    }
  }
`;
export { PlanPriceFragmentDoc, type PlanPriceFragment } from "../../__generated__/shared/graphql.js";
