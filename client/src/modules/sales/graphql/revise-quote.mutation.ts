/* GraphQL */ `
  mutation ReviseQuote($id: ID!) {
    reviseQuote(id: $id) {
      ...QuoteFields
    }
  }
`;
export { ReviseQuoteDocument } from "../../../__generated__/sales/graphql.js";
