/* GraphQL */ `
  fragment QuoteTimeline_Quote on Quote {
    id
    status
    lockVersion
    validUntil
    timeZone
    timeline {
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
  }
`;
export { type QuoteTimeline_QuoteFragment } from "../../../__generated__/sales/graphql.js";
