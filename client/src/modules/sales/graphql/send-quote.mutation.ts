/* GraphQL */ `
  mutation SendQuote($id: ID!, $lockVersion: Int!, $priceToBeAgreed: Boolean!, $idempotencyKey: String) {
    sendQuote(id: $id, lockVersion: $lockVersion, priceToBeAgreed: $priceToBeAgreed, idempotencyKey: $idempotencyKey) {
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
