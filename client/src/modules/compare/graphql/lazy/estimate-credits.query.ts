/* GraphQL */ `
  query EstimateCredits($input: CreditEstimateInput!) {
    estimateCredits(input: $input) {
      credits
      price
      minimum
      needsConfirmation
      packs {
        credits
        quantity
        price
      }
      lines {
        categoryKey
        label
        count
        credits
        minimum
        needsConfirmation
        steps
      }
    }
  }
`;
export { EstimateCreditsDocument } from "../../../../__generated__/compare/lazy/graphql.js";
