/* GraphQL */ `
  mutation Publish($slug: String!, $revision: Int!) {
    publishCatalog(slug: $slug, revision: $revision) {
      slug
      publishedVersion
    }
  }
`;
export { PublishDocument } from "../../../__generated__/admin/graphql.js";
