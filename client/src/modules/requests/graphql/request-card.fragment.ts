/* GraphQL */ `
  fragment RequestCard_Request on QuoteRequest {
    id
    reference
    status
    catalogName
    planName
    addOnNames
    total
    currency
    company
    contactName
    email
    message
    createdAt
    figures {
      licensePrice
      projectBudget
      termYears
      goLiveDate
      agents
      bots
      licenseEdition
    }
    owner {
      id
      name
    }
    closeReason
    quoteId
    quoteNumber
  }
`;
export { type RequestCard_RequestFragment } from "../../../__generated__/requests/graphql.js";
