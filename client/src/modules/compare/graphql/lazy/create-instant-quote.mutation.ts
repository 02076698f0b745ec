/* GraphQL */ `
  mutation CreateInstantQuote($input: InstantQuoteInput!) {
    createInstantQuote(input: $input) {
      number
      url
    }
  }
`;
export { CreateInstantQuoteDocument } from "../../../../__generated__/compare/lazy/graphql.js";
