import { DateTime } from "luxon";
import { WEEKDAYS, type SlaTarget, type SupportCalendar, type Weekday } from "./catalog.js";
import type { Problem } from "./catalog-reader.js";
import { describeTarget, dueAt } from "./sla-clock.js";
import { calendarProblems } from "./validate-catalog.js";
import { isZoneError, parseZone } from "./zones.js";

export interface CalendarPreviewInput {
  calendar: SupportCalendar;
  target: Pick<SlaTarget, "amount" | "unit">;
  /** The local weekday and time ("17:00") the example ticket is sent, in the calendar's first zone. */
  day: Weekday;
  time: string;
}

export interface CalendarPreview {
  /** null while the calendar has a problem. */
  sentAt: Date | null;
  dueAt: Date | null;
  timeZone: string | null;
  /** "A ticket sent Friday 17:00 is due Monday 11:00 (Europe/Rome), 4 business hours later." */
  summary: string | null;
  problems: Problem[];
}

const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

const words = (at: DateTime, from: DateTime): string =>
  at.toFormat(at.diff(from, "days").days >= 6 ? "cccc d LLLL HH:mm" : "cccc HH:mm", { locale: "en-GB" });

/**
 * What a draft calendar means for a ticket: the next `day` at `time` after `now`, in the
 * calendar's default zone, and when the first response to it is due under `target`.
 */
export function previewCalendar(input: CalendarPreviewInput, now: Date): CalendarPreview {
  const problems = calendarProblems(input.calendar);
  if (!TIME.test(input.time)) problems.push({ path: "time", message: `"${input.time}" is not a time of day (HH:MM)` });
  const zone = parseZone(input.calendar.zones[0] ?? "");
  if (problems.length > 0 || isZoneError(zone)) return { sentAt: null, dueAt: null, timeZone: null, summary: null, problems };
  const [hour, minute] = input.time.split(":").map(Number);
  let sent = DateTime.fromJSDate(now, { zone: zone.zone }).set({ hour, minute, second: 0, millisecond: 0 });
  const weekday = WEEKDAYS.indexOf(input.day) + 1;
  while (sent.weekday !== weekday || sent.toMillis() <= now.getTime()) sent = sent.plus({ days: 1 }).set({ hour, minute });
  const due = DateTime.fromJSDate(dueAt(input.calendar, input.target, sent.toJSDate(), zone.zone), { zone: zone.zone });
  return {
    sentAt: sent.toJSDate(),
    dueAt: due.toJSDate(),
    timeZone: zone.name,
    summary: `A ticket sent ${words(sent, sent)} is due ${words(due, sent)} (${zone.name}), ${describeTarget(input.target)} later.`,
    problems: [],
  };
}
