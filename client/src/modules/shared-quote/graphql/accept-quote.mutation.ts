/* GraphQL */ `
  mutation AcceptQuote($token: String!, $name: String!, $option: Int, $acknowledged: Boolean, $contacts: [AuthorizedContactInput!], $idempotencyKey: String) {
    acceptSharedQuote(token: $token, name: $name, option: $option, acknowledged: $acknowledged, contacts: $contacts, idempotencyKey: $idempotencyKey) {
      ...SharedQuoteFields
    }
  }
`;
export { AcceptQuoteDocument } from "../../../__generated__/shared-quote/graphql.js";
