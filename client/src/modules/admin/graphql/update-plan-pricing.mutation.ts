/* GraphQL */ `
  mutation UpdatePlanPricing($slug: String!, $revision: Int!, $key: String!, $plan: PlanInput!) {
    updatePlan(slug: $slug, revision: $revision, key: $key, plan: $plan) {
      ...DraftFields
    }
  }
`;
export { UpdatePlanPricingDocument } from "../../../__generated__/admin/graphql.js";
