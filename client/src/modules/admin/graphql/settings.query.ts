/* GraphQL */ `
  query AdminSettings {
    settings {
      timeZone
      instantQuoteOwnerId
    }
    users {
      ...UserFields
    }
  }
`;
export { AdminSettingsDocument } from "../../../__generated__/admin/graphql.js";
