/* GraphQL */ `
  query PreviewQuote($input: QuoteInput!, $quoteId: ID) {
    previewQuote(input: $input, quoteId: $quoteId) {
      currency
      catalogVersion
      timeZone
      options {
        ...OptionTotals_QuoteOption
        timeline {
          ...TimelineDetails_QuoteTimeline
        }
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
