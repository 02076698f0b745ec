/* GraphQL */ `
  fragment QuoteTermsFields on CatalogDraft {
    discountApprovalThreshold
    defaultValidityDays
  }
`;
export { type QuoteTermsFieldsFragment } from "../../../__generated__/admin/graphql.js";
