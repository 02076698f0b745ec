/* GraphQL */ `
  query PreviewCalendar($input: CalendarPreviewInput!) {
    previewCalendar(input: $input) {
      summary
      problems {
        path
        message
      }
    }
  }
`;
export { PreviewCalendarDocument } from "../../../__generated__/admin/graphql.js";
