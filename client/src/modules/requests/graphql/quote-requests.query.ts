/* GraphQL */ `
  query QuoteRequests($status: QuoteRequestStatus, $after: String) {
    quoteRequests(status: $status, first: 20, after: $after) {
      requests {
        ...RequestCard_Request
      }
      nextCursor
    }
  }
`;
export { QuoteRequestsDocument } from "../../../__generated__/requests/graphql.js";
