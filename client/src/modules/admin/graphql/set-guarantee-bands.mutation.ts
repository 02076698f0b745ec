/* GraphQL */ `
  mutation SetGuaranteeBands($slug: String!, $revision: Int!, $bands: [GuaranteeBandInput!]!) {
    setGuaranteeBands(slug: $slug, revision: $revision, bands: $bands) {
      ...DraftFields
    }
  }
`;
export { SetGuaranteeBandsDocument } from "../../../__generated__/admin/graphql.js";
