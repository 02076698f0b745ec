/* GraphQL */ `
  fragment QuoteForm_Quote on Quote {
    catalogSlug
    timeZone
    validUntil
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
    options {
      label
      planKey
      addOnKeys
      creditPacks {
        credits
        quantity
        agreedPrice
      }
      customPrices {
        planKey
        amount
      }
      discounts {
        lineKey
        kind
        value
        label
        reason
      }
    }
  }
`;
export { type QuoteForm_QuoteFragment } from "../../../__generated__/sales/graphql.js";
