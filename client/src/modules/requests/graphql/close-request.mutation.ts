/* GraphQL */ `
  mutation CloseQuoteRequest($id: ID!, $reason: String!) {
    closeQuoteRequest(id: $id, reason: $reason) {
      ...RequestCard_Request
    }
  }
`;
export { CloseQuoteRequestDocument } from "../../../__generated__/requests/graphql.js";
