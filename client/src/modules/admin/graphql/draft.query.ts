/* GraphQL */ `
  query Draft($slug: String!) {
    catalogDraft(slug: $slug) {
      ...DraftFields
      ...PublishPanelFields
      ...QuoteTermsFields
    }
  }
`;
export { DraftDocument } from "../../../__generated__/admin/graphql.js";
