/* GraphQL */ `
  query CheckGuaranteeBands($bands: [GuaranteeBandInput!]!) {
    checkGuaranteeBands(bands: $bands) {
      path
      message
    }
  }
`;
export { CheckGuaranteeBandsDocument } from "../../../__generated__/admin/graphql.js";
