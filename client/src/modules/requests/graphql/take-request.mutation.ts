/* GraphQL */ `
  mutation TakeQuoteRequest($id: ID!) {
    takeQuoteRequest(id: $id) {
      ...RequestCard_Request
    }
  }
`;
export { TakeQuoteRequestDocument } from "../../../__generated__/requests/graphql.js";
