/* GraphQL */ `
  fragment SharedTimeline on QuoteTimeline {
    steps {
      label
      startsOn
      endsOn
    }
    exampleNote
    slaExamples {
      priorityKey
      text
    }
    rounding
  }
`;
export { type SharedTimelineFragment } from "../../../__generated__/shared-quote/graphql.js";
