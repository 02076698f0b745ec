/* GraphQL */ `
  query RecommendPlans($input: PlanFitInput!) {
    recommendPlans(input: $input) {
      planKey
      addOnKeys
      fits
      reasons
      total
    }
  }
`;
export { RecommendPlansDocument } from "../../../../__generated__/compare/lazy/graphql.js";
