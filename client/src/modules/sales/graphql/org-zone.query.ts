/* GraphQL */ `
  query OrgZone {
    settings {
      timeZone
    }
  }
`;
export { OrgZoneDocument } from "../../../__generated__/sales/graphql.js";
