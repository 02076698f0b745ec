/* GraphQL */ `
  query Me {
    me {
      ...SessionUser
    }
  }
`;
export { MeDocument } from "../../../__generated__/sales/graphql.js";
