/* GraphQL */ `
  query Quote($id: ID!) {
    quote(id: $id) {
      ...QuoteFields
    }
  }
`;
export { QuoteDocument } from "../../../__generated__/sales/graphql.js";
