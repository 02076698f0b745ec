/* GraphQL */ `
  query Catalogs {
    catalogs {
      slug
      version
      name
      description
      plans {
        key
        name
        pricing {
          summary
        }
      }
    }
  }
`;
export { CatalogsDocument } from "../../../__generated__/catalogs/graphql.js";
