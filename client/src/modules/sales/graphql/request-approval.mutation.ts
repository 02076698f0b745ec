/* GraphQL */ `
  mutation RequestApproval($id: ID!, $note: String) {
    requestQuoteApproval(id: $id, note: $note) {
      ...QuoteFields
    }
  }
`;
export { RequestApprovalDocument } from "../../../__generated__/sales/graphql.js";
