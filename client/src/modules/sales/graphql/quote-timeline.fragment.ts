/* GraphQL */ `
  fragment QuoteTimeline_Quote on Quote {
    id
    status
    lockVersion
    validUntil
    timeZone
    timeline {
      ...TimelineDetails_QuoteTimeline
    }
  }
`;
export { type QuoteTimeline_QuoteFragment } from "../../../__generated__/sales/graphql.js";
