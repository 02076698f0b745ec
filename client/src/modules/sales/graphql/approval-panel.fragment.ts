/* GraphQL */ `
  fragment ApprovalPanel_Quote on Quote {
    id
    lockVersion
    status
    allowedActions
    approval {
      state
      reasons
      requestedBy {
        id
        name
      }
      requestedAt
      note
      approvedBy {
        id
        name
      }
      approvedAt
      rejectedBy {
        id
        name
      }
      rejectedAt
      rejectionReason
    }
  }
`;
export { type ApprovalPanel_QuoteFragment } from "../../../__generated__/sales/graphql.js";
