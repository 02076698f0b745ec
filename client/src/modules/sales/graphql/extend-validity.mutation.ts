/* GraphQL */ `
  mutation ExtendValidity($id: ID!, $lockVersion: Int, $validUntil: Date!) {
    extendQuoteValidity(id: $id, lockVersion: $lockVersion, validUntil: $validUntil) {
      ...QuoteFields
    }
  }
`;
export { ExtendValidityDocument } from "../../../__generated__/sales/graphql.js";
