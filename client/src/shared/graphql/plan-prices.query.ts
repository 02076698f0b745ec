/* GraphQL */ `
  query PlanPrices($input: PlanPricesInput!) {
    planPrices(input: $input) {
      planKey
      unpricedReason
      quote {
        ...PlanPrice
      }
    }
  }
`;
export { PlanPricesDocument, type PlanPricesQuery } from "../../__generated__/shared/graphql.js";
