/* GraphQL */ `
  query AdminUsers {
    users {
      ...UserFields
    }
  }
`;
export { AdminUsersDocument } from "../../../__generated__/admin/graphql.js";
