/* GraphQL */ `
  query SharedQuote($token: String!) {
    sharedQuote(token: $token) {
      ...SharedQuoteFields
    }
  }
`;
export { SharedQuoteDocument } from "../../../__generated__/shared-quote/graphql.js";
