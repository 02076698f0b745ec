/* GraphQL */ `
  mutation RevokeLink($quoteId: ID!, $linkId: ID!) {
    revokeShareLink(quoteId: $quoteId, linkId: $linkId) {
      ...QuoteFields
    }
  }
`;
export { RevokeLinkDocument } from "../../../__generated__/sales/graphql.js";
