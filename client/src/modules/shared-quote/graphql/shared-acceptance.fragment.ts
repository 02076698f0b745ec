/* GraphQL */ `
  fragment SharedAcceptance on QuoteAcceptance {
    optionLabel
    planName
    name
    acceptedAt
    contacts {
      name
      email
    }
    clauses
    contentDigest
  }
`;
export { type SharedAcceptanceFragment } from "../../../__generated__/shared-quote/graphql.js";
