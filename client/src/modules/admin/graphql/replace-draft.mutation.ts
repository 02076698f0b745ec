/* GraphQL */ `
  mutation ReplaceDraft($document: JSON!, $slug: String!, $revision: Int!) {
    importCatalog(document: $document, slug: $slug, replaceDraftOf: $revision, publish: false) {
      slug
      revision
    }
  }
`;
export { ReplaceDraftDocument } from "../../../__generated__/admin/graphql.js";
