/* GraphQL */ `
  mutation RequestQuote($input: QuoteRequestInput!) {
    requestQuote(input: $input) {
      reference
    }
  }
`;
export { RequestQuoteDocument } from "../../../../__generated__/compare/lazy/graphql.js";
