/* GraphQL */ `
  mutation AddPlan($slug: String!, $revision: Int!, $plan: PlanInput!) {
    addPlan(slug: $slug, revision: $revision, plan: $plan) {
      ...DraftFields
    }
  }
`;
export { AddPlanDocument } from "../../../__generated__/admin/graphql.js";
