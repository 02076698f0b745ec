/* GraphQL */ `
  fragment TimelineDetails_QuoteTimeline on QuoteTimeline {
    steps {
      label
      startsOn
      endsOn
    }
    exampleNote
    slaExamples {
      priorityKey
      priorityLabel
      text
    }
    rounding
  }
`;
export { type TimelineDetails_QuoteTimelineFragment } from "../../../__generated__/sales/graphql.js";
