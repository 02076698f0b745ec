import { useQuery } from "@apollo/client/react";
import type { CalendarPreviewInput } from "../../../__generated__/admin/graphql.js";
import { useDebounced } from "../../../shared/hooks/useDebounced.js";
import { PreviewCalendarDocument } from "../graphql/preview-calendar.query.js";

/** When an example ticket is answered under the calendar as typed (skipped while a field is malformed). */
export function usePreviewCalendar(input: CalendarPreviewInput | null) {
  // Debounced as text: the caller builds a new object on each render.
  const text = useDebounced(JSON.stringify(input), 250);
  const asked = JSON.parse(text) as CalendarPreviewInput | null;
  const { data, previousData } = useQuery(PreviewCalendarDocument, { variables: { input: asked! }, skip: asked === null });
  return { preview: asked === null ? null : ((data ?? previousData)?.previewCalendar ?? null) };
}
