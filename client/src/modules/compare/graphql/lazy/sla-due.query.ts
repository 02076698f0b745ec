/* GraphQL */ `
  query SlaDue($input: SlaDueInput!) {
    slaDueAt(input: $input) {
      dueAt
      target
      timeZone
      businessHours
    }
  }
`;
export { SlaDueDocument } from "../../../../__generated__/compare/lazy/graphql.js";
