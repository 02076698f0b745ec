/* GraphQL */ `
  fragment PublishPanelFields on CatalogDraft {
    slug
    revision
    publishedVersion
    nextVersion
    canPublish
    problems {
      path
      message
      warning
    }
  }
`;
export { type PublishPanelFieldsFragment } from "../../../__generated__/admin/graphql.js";
