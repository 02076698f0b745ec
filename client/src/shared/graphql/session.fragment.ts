/* GraphQL */ `
  fragment SessionUser on User {
    id
    email
    name
    role
  }
`;
export type { SessionUserFragment as SessionUser } from "../../__generated__/shared/graphql.js";
