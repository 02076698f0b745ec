/* GraphQL */ `
  query PreviewQuote($input: QuoteInput!, $quoteId: ID) {
    previewQuote(input: $input, quoteId: $quoteId) {
      currency
      catalogVersion
      options {
        ...OptionTotals_QuoteOption
      }
      guarantee {
        days
        startsOn
        endsOn
      }
      listFigure {
        text
      }
      approvalRequired
      approvalReasons
      onRequest
      warnings
    }
  }
`;
export { PreviewQuoteDocument, type PreviewQuoteQuery } from "../../../__generated__/sales/graphql.js";
