/* GraphQL */ `
  mutation UpdateUser($id: ID!, $changes: UserChangesInput!) {
    updateUser(id: $id, changes: $changes) {
      ...UserFields
    }
  }
`;
export { UpdateUserDocument } from "../../../__generated__/admin/graphql.js";
