/* GraphQL */ `
  fragment DraftFields on CatalogDraft {
    slug
    revision
    publishedVersion
    document
    problems {
      path
      message
      warning
    }
    preview {
      features {
        key
        source {
          summary
        }
        cells {
          planKey
          display
        }
      }
    }
  }
`;
export { type DraftFieldsFragment } from "../../../__generated__/admin/graphql.js";
