/* GraphQL */ `
  fragment OptionTotals_QuoteOption on QuoteOption {
    label
    planKey
    planName
    total
    undiscounted
    discountPercent
    eligible
    reasons
    lines {
      key
      kind
      label
      detail
      amount
    }
    discountTargets {
      lineKey
      label
    }
  }
`;
export { type OptionTotals_QuoteOptionFragment } from "../../../__generated__/sales/graphql.js";
