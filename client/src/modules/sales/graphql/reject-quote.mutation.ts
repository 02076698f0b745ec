/* GraphQL */ `
  mutation RejectQuote($id: ID!, $lockVersion: Int!, $reason: String!) {
    rejectQuote(id: $id, lockVersion: $lockVersion, reason: $reason) {
      ...QuoteFields
    }
  }
`;
export { RejectQuoteDocument } from "../../../__generated__/sales/graphql.js";
