/* GraphQL */ `
  mutation CreateUser($input: NewUserInput!) {
    createUser(input: $input) {
      ...UserFields
    }
  }
`;
export { CreateUserDocument } from "../../../__generated__/admin/graphql.js";
