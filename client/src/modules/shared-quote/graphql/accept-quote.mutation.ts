/* GraphQL */ `
  mutation AcceptQuote($token: String!, $name: String!, $option: Int) {
    acceptSharedQuote(token: $token, name: $name, option: $option) {
      ...SharedQuoteFields
    }
  }
`;
export { AcceptQuoteDocument } from "../../../__generated__/shared-quote/graphql.js";
