/* GraphQL */ `
  mutation SendQuote($id: ID!, $lockVersion: Int!) {
    sendQuote(id: $id, lockVersion: $lockVersion) {
      quote {
        ...QuoteFields
      }
      link {
        id
        url
      }
    }
  }
`;
export { SendQuoteDocument } from "../../../__generated__/sales/graphql.js";
