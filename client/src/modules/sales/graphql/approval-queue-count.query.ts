/* GraphQL */ `
  query ApprovalQueueCount {
    quotes(first: 100, filter: { awaitingApproval: true }) {
      quotes {
        id
      }
      nextCursor
    }
  }
`;
export { ApprovalQueueCountDocument } from "../../../__generated__/sales/graphql.js";
