/* GraphQL */ `
  fragment DraftFields on CatalogDraft {
    slug
    revision
    publishedVersion
    document
    problems {
      path
      message
    }
  }
`;
export { type DraftFieldsFragment } from "../../../__generated__/admin/graphql.js";
