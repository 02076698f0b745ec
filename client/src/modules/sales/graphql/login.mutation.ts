/* GraphQL */ `
  mutation Login($email: String!, $password: String!) {
    login(email: $email, password: $password) {
      ...SessionUser
    }
  }
`;
export { LoginDocument } from "../../../__generated__/sales/graphql.js";
