/* GraphQL */ `
  mutation DeclineQuote($token: String!, $name: String, $reason: String) {
    declineSharedQuote(token: $token, name: $name, reason: $reason) {
      ...SharedQuoteFields
    }
  }
`;
export { DeclineQuoteDocument } from "../../../__generated__/shared-quote/graphql.js";
