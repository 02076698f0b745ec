/* GraphQL */ `
  mutation CreateQuote($input: QuoteInput!, $idempotencyKey: String) {
    createQuote(input: $input, idempotencyKey: $idempotencyKey) {
      ...QuoteFields
    }
  }
`;
export { CreateQuoteDocument } from "../../../__generated__/sales/graphql.js";
