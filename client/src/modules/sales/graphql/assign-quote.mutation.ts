/* GraphQL */ `
  mutation AssignQuote($id: ID!, $ownerId: ID!) {
    assignQuote(id: $id, ownerId: $ownerId) {
      ...QuoteFields
    }
  }
`;
export { AssignQuoteDocument } from "../../../__generated__/sales/graphql.js";
