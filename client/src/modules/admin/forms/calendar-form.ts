import type { SupportCalendarInput, Weekday } from "../../../__generated__/admin/graphql.js";
import type { Calendar } from "./draft-document.js";
import { dateError, lines, timeError } from "./field-checks.js";

export const DAYS: { key: Weekday; label: string }[] = [
  { key: "MON", label: "Monday" },
  { key: "TUE", label: "Tuesday" },
  { key: "WED", label: "Wednesday" },
  { key: "THU", label: "Thursday" },
  { key: "FRI", label: "Friday" },
  { key: "SAT", label: "Saturday" },
  { key: "SUN", label: "Sunday" },
];

export interface DayHours {
  open: boolean;
  start: string;
  end: string;
}

/** A calendar as the form holds it: the zones and holidays as typed, hours per weekday. */
export interface CalendarForm {
  zones: string;
  alwaysOpen: boolean;
  days: Record<Weekday, DayHours[]>;
  holidays: string;
  note: string | null;
}

export function calendarForm(calendar: Calendar | null): CalendarForm {
  const days = Object.fromEntries(DAYS.map((d) => [d.key, [] as DayHours[]])) as Record<Weekday, DayHours[]>;
  for (const w of calendar?.windows ?? []) for (const d of w.days) days[d].push({ open: true, start: w.start, end: w.end });
  for (const d of DAYS) if (days[d.key].length === 0) days[d.key].push({ open: false, start: "09:00", end: "18:00" });
  return {
    zones: (calendar?.zones ?? ["UTC"]).join(", "),
    alwaysOpen: calendar?.alwaysOpen ?? false,
    days,
    holidays: (calendar?.holidays ?? []).join("\n"),
    note: calendar?.note ?? null,
  };
}

/** What is wrong with the form as typed, by field ("zones", "MON.0.start", "holidays"). */
export function calendarFormErrors(form: CalendarForm): Record<string, string> {
  const errors: Record<string, string> = {};
  if (form.zones.split(",").every((z) => z.trim() === "")) errors.zones = 'Give at least one time zone, such as "Europe/Rome" or "+03:00"';
  if (!form.alwaysOpen) {
    for (const d of DAYS) {
      form.days[d.key].forEach((h, i) => {
        if (!h.open) return;
        const start = timeError(h.start, "opening time");
        const end = timeError(h.end, "closing time");
        if (start) errors[`${d.key}.${i}.start`] = start;
        if (end) errors[`${d.key}.${i}.end`] = end;
      });
    }
  }
  const badDate = lines(form.holidays).map(dateError).find(Boolean);
  if (badDate) errors.holidays = badDate;
  return errors;
}

/** The calendar for the API: weekdays with the same hours share one window. */
export function calendarInput(form: CalendarForm): SupportCalendarInput {
  const windows = new Map<string, Weekday[]>();
  if (!form.alwaysOpen) {
    for (const d of DAYS) {
      for (const h of form.days[d.key]) {
        if (!h.open) continue;
        const key = `${h.start.trim()}-${h.end.trim()}`;
        windows.set(key, [...(windows.get(key) ?? []), d.key]);
      }
    }
  }
  return {
    zones: form.zones.split(",").map((z) => z.trim()).filter(Boolean),
    alwaysOpen: form.alwaysOpen,
    windows: [...windows].map(([key, days]) => {
      const [start, end] = key.split("-");
      return { days, start, end };
    }),
    holidays: lines(form.holidays),
    note: form.note?.trim() || null,
  };
}

/**
 * Server problems of a calendar ("windows[1].end"; an overlap names the window itself,
 * "windows[1]") belong to the fields of that window on the first day it covers.
 */
export function windowField(form: CalendarForm, input: SupportCalendarInput, path: string): string | null {
  const m = /^windows\[(\d+)\](?:\.(start|end|days))?$/.exec(path);
  if (!m) return null;
  const w = input.windows?.[Number(m[1])];
  if (!w) return null;
  const i = form.days[w.days[0]].findIndex((h) => h.open && h.start.trim() === w.start && h.end.trim() === w.end);
  return `${w.days[0]}.${Math.max(i, 0)}.${m[2] === "end" ? "end" : "start"}`;
}

/** The server's problems under a calendar, keyed by the form's fields (a window's time, or the field named). */
export function calendarFieldErrors(form: CalendarForm, input: SupportCalendarInput, under: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(under).map(([path, message]) => [windowField(form, input, path) ?? path.replace(/\[\d+\]$/, ""), message]));
}

/** A day opened or closed: every window of the day with it. */
export const withDayOpen = (hours: DayHours[], open: boolean): DayHours[] => hours.map((h) => ({ ...h, open }));

/** One more window on an open day, starting where the last one closes. */
export function withWindowAdded(hours: DayHours[]): DayHours[] {
  const last = hours[hours.length - 1];
  return [...hours, { open: true, start: last.end, end: last.end < "18:00" ? "18:00" : "23:59" }];
}

/** A window removed; the day keeps at least one (closing it is the day's checkbox). */
export const withWindowRemoved = (hours: DayHours[], index: number): DayHours[] => (hours.length > 1 ? hours.filter((_, i) => i !== index) : hours);
