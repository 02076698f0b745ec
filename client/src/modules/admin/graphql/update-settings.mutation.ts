/* GraphQL */ `
  mutation UpdateSettings($input: SettingsInput!) {
    updateSettings(input: $input) {
      timeZone
      instantQuoteOwnerId
    }
  }
`;
export { UpdateSettingsDocument } from "../../../__generated__/admin/graphql.js";
