/* GraphQL */ `
  query Quotes($first: Int!, $after: String, $search: String, $status: QuoteStatus) {
    quotes(first: $first, after: $after, search: $search, status: $status) {
      quotes {
        id
        number
        status
        total
        currency
        catalogName
        createdAt
        customer {
          company
          name
        }
      }
      nextCursor
    }
  }
`;
export { QuotesDocument, type QuotesQuery } from "../../../__generated__/sales/graphql.js";
