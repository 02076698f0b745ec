/* GraphQL */ `
  query SalesUsers {
    users {
      id
      name
      role
      disabled
    }
  }
`;
export { SalesUsersDocument, type SalesUsersQuery } from "../../../__generated__/sales/graphql.js";
