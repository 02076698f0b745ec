/** An instant as a rep reads it: "1 Dec 2026, 14:05", in the browser's zone. */
export function dateTime(at: string): string {
  return new Date(at).toLocaleString("en-GB", { dateStyle: "medium", timeStyle: "short" });
}
