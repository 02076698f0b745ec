/* GraphQL */ `
  mutation SetCell($slug: String!, $revision: Int!, $featureKey: String!, $planKey: String!, $cell: CellInput) {
    setCell(slug: $slug, revision: $revision, featureKey: $featureKey, planKey: $planKey, cell: $cell) {
      ...DraftFields
    }
  }
`;
export { SetCellDocument } from "../../../__generated__/admin/graphql.js";
