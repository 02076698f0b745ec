/* GraphQL */ `
  mutation AcceptQuote($token: String!, $name: String!, $option: Int, $acknowledged: Boolean) {
    acceptSharedQuote(token: $token, name: $name, option: $option, acknowledged: $acknowledged) {
      ...SharedQuoteFields
    }
  }
`;
export { AcceptQuoteDocument } from "../../../__generated__/shared-quote/graphql.js";
