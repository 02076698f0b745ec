/* GraphQL */ `
  mutation ApproveQuote($id: ID!, $lockVersion: Int!) {
    approveQuote(id: $id, lockVersion: $lockVersion) {
      ...QuoteFields
    }
  }
`;
export { ApproveQuoteDocument } from "../../../__generated__/sales/graphql.js";
