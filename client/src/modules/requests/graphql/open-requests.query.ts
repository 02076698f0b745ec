/* GraphQL */ `
  query OpenQuoteRequests {
    quoteRequests(status: OPEN, first: 100) {
      requests {
        id
      }
      nextCursor
    }
  }
`;
export { OpenQuoteRequestsDocument } from "../../../__generated__/requests/graphql.js";
