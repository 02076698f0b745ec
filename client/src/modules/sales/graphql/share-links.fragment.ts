/* GraphQL */ `
  fragment ShareLinks_Quote on Quote {
    id
    allowedActions
    shareLinks {
      id
      createdAt
      revokedAt
    }
  }
`;
export { type ShareLinks_QuoteFragment } from "../../../__generated__/sales/graphql.js";
