/* GraphQL */ `
  mutation CreateLink($quoteId: ID!) {
    createShareLink(quoteId: $quoteId) {
      id
      url
    }
  }
`;
export { CreateLinkDocument } from "../../../__generated__/sales/graphql.js";
