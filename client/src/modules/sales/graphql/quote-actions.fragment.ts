/* GraphQL */ `
  fragment QuoteActions_Quote on Quote {
    id
    lockVersion
    status
    pdfUrl
    allowedActions
    canSend
    sendBlockers
    priceToBeAgreed
  }
`;
export { type QuoteActions_QuoteFragment } from "../../../__generated__/sales/graphql.js";
