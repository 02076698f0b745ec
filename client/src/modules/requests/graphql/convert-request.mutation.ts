/* GraphQL */ `
  mutation ConvertQuoteRequest($id: ID!) {
    convertQuoteRequest(id: $id) {
      request {
        ...RequestCard_Request
      }
      quote {
        id
      }
    }
  }
`;
export { ConvertQuoteRequestDocument } from "../../../__generated__/requests/graphql.js";
