/* GraphQL */ `
  fragment SharedQuoteFields on SharedQuote {
    number
    status
    catalogName
    currency
    validUntil
    timeZone
    decidedByName
    decidedAt
    acceptedOption
    customer {
      company
      name
    }
    guarantee {
      days
      startsOn
      endsOn
    }
    options {
      label
      planName
      total
      eligible
      reasons
      lines {
        kind
        label
        detail
        amount
      }
      sla {
        planKey
        planName
        hours
        targets {
          priorityLabel
          target
        }
      }
      exclusions {
        heading
        text
      }
      clauses
    }
  }
`;
export { type SharedQuoteFieldsFragment } from "../../../__generated__/shared-quote/graphql.js";
