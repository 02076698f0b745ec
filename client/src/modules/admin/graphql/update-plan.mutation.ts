/* GraphQL */ `
  mutation UpdatePlan($slug: String!, $revision: Int!, $key: String!, $plan: PlanInput!) {
    updatePlan(slug: $slug, revision: $revision, key: $key, plan: $plan) {
      ...DraftFields
    }
  }
`;
export { UpdatePlanDocument } from "../../../__generated__/admin/graphql.js";
