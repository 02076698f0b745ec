/* GraphQL */ `
  fragment QuoteFields on Quote {
    id
    number
    status
    revision
    lockVersion
    catalogSlug
    catalogName
    catalogVersion
    currency
    total
    validUntil
    timeZone
    approvalRequired
    approved
    supersededBy
    decidedByName
    acceptedOption
    pdfUrl
    createdAt
    customer {
      company
      name
      email
    }
    figures {
      licensePrice
      projectBudget
      termYears
      goLiveDate
      agents
      bots
      licenseEdition
    }
    guarantee {
      days
      startsOn
      endsOn
    }
    options {
      label
      planKey
      planName
      addOnKeys
      total
      undiscounted
      discountPercent
      eligible
      reasons
      lines {
        kind
        planKey
        label
        detail
        amount
      }
      creditPacks {
        credits
        quantity
      }
      customPrices {
        planKey
        amount
      }
      discounts {
        lineIndex
        kind
        value
        reason
      }
    }
    shareLinks {
      id
      createdAt
      revokedAt
    }
  }
`;
export { type QuoteFieldsFragment } from "../../../__generated__/sales/graphql.js";
