import { offsetMinutes } from "./zones.js";

// Apart from zones.ts: only the answer-times section, loaded on demand, shows instants.
/** An instant as a person reads it in a zone: "Tue 1 Dec, 14:30 (+02:00)". */
export function formatInZone(iso: string, zone: string): string {
  const date = new Date(iso);
  const offset = offsetMinutes(zone);
  const options: Intl.DateTimeFormatOptions = { weekday: "short", day: "numeric", month: "short", hour: "2-digit", minute: "2-digit", hourCycle: "h23" };
  // Intl takes IANA names only; a fixed offset is shown by shifting the instant and reading it in UTC.
  const text =
    offset === null
      ? new Intl.DateTimeFormat("en-GB", { ...options, timeZone: zone }).format(date)
      : new Intl.DateTimeFormat("en-GB", { ...options, timeZone: "UTC" }).format(new Date(date.getTime() + offset * 60_000));
  return `${text.replace(/,(?=\s\d{2}:)/, ",")} (${zone})`;
}
