/* GraphQL */ `
  fragment SharedQuoteFields on SharedQuote {
    number
    status
    vendor
    currency
    validUntil
    timeZone
    decidedByName
    decidedAt
    decidedAtInZone
    acceptedOption
    priceToBeAgreed
    changesSinceLastSeen
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
      authorizedContacts
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
      clauses
      timeline {
        ...SharedTimeline
      }
    }
    timeline {
      ...SharedTimeline
    }
    acceptance {
      ...SharedAcceptance
    }
  }
`;
export { type SharedQuoteFieldsFragment } from "../../../__generated__/shared-quote/graphql.js";
