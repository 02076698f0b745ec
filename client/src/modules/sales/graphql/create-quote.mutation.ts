/* GraphQL */ `
  mutation CreateQuote($input: QuoteInput!) {
    createQuote(input: $input) {
      ...QuoteFields
    }
  }
`;
export { CreateQuoteDocument } from "../../../__generated__/sales/graphql.js";
