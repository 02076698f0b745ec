/* GraphQL */ `
  fragment QuoteFields on Quote {
    id
    number
    status
    revision
    lockVersion
    catalogName
    catalogVersion
    currency
    supersededBy
    decidedByName
    acceptedOption
    warnings
    listFigure {
      text
    }
    guarantee {
      days
      startsOn
      endsOn
    }
    options {
      ...OptionTotals_QuoteOption
    }
    ...QuoteForm_Quote
    ...ApprovalPanel_Quote
    ...QuoteActions_Quote
    ...ShareLinks_Quote
    ...QuoteTimeline_Quote
    ...OwnerPanel_Quote
  }
`;
export { type QuoteFieldsFragment } from "../../../__generated__/sales/graphql.js";
