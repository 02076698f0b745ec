/* GraphQL */ `
  mutation SetLicenseEditions($slug: String!, $revision: Int!, $editions: [LicenseEditionInput!]!) {
    setLicenseEditions(slug: $slug, revision: $revision, editions: $editions) {
      ...DraftFields
    }
  }
`;
export { SetLicenseEditionsDocument } from "../../../__generated__/admin/graphql.js";
