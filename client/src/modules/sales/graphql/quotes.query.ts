/* GraphQL */ `
  query Quotes($first: Int!, $after: String, $search: String, $filter: QuoteFilterInput) {
    quotes(first: $first, after: $after, search: $search, filter: $filter) {
      quotes {
        id
        number
        status
        catalogName
        validUntil
        listFigure {
          text
        }
        owner {
          id
          name
        }
        approval {
          state
        }
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
