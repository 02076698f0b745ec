/* GraphQL */ `
  fragment PlanHeading_Plan on Plan {
    key
    name
    tagline
    availability
    isTier
    addOnKeys
    includedWith
  }
`;
export { type PlanHeading_PlanFragment } from "../../../__generated__/compare/graphql.js";
