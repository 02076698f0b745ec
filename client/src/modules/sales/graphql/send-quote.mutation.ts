/* GraphQL */ `
  mutation SendQuote($id: ID!, $lockVersion: Int!, $priceToBeAgreed: Boolean!) {
    sendQuote(id: $id, lockVersion: $lockVersion, priceToBeAgreed: $priceToBeAgreed) {
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
