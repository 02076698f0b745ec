/* GraphQL */ `
  fragment UserFields on User {
    id
    email
    name
    role
    disabled
  }
`;
export { type UserFieldsFragment } from "../../../__generated__/admin/graphql.js";
