/* GraphQL */ `
  query SharedQuote($token: String!) {
    sharedQuote(token: $token) {
      ...SharedQuoteFields
    }
  }
`;
export { SharedQuoteDocument, type SharedQuoteQuery } from "../../../__generated__/shared-quote/graphql.js";
