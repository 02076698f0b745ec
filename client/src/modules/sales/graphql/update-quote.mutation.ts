/* GraphQL */ `
  mutation UpdateQuote($id: ID!, $lockVersion: Int!, $input: QuoteInput!) {
    updateQuote(id: $id, lockVersion: $lockVersion, input: $input) {
      ...QuoteFields
    }
  }
`;
export { UpdateQuoteDocument } from "../../../__generated__/sales/graphql.js";
