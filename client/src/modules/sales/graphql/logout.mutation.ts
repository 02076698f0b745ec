/* GraphQL */ `
  mutation Logout {
    logout
  }
`;
export { LogoutDocument } from "../../../__generated__/sales/graphql.js";
