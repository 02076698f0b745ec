/* GraphQL */ `
  query AdminCatalogs {
    adminCatalogs {
      slug
      name
      currency
      revision
      publishedVersion
      hasUnpublishedChanges
      problemCount
    }
  }
`;
export { AdminCatalogsDocument } from "../../../__generated__/admin/graphql.js";
