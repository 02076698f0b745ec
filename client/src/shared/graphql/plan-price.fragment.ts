/* GraphQL */ `
  fragment PlanPrice on PricedQuote {
    total
    eligible
    reasons
    instantQuote
    guarantee {
      days
      startsOn
      endsOn
    }
    supportPeriod {
      startsOn
      endsOn
    }
  }
`;
export { PlanPriceFragmentDoc, type PlanPriceFragment } from "../../__generated__/shared/graphql.js";
