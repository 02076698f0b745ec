/* GraphQL */ `
  fragment OwnerPanel_Quote on Quote {
    id
    allowedActions
    owner {
      id
      name
      email
    }
  }
`;
export { type OwnerPanel_QuoteFragment } from "../../../__generated__/sales/graphql.js";
