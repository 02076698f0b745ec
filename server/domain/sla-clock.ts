import { DateTime, type Zone } from "luxon";
import { WEEKDAYS, type SlaTarget, type SupportCalendar, type TimeWindow } from "./catalog.js";
import { badInput } from "./errors.js";
import { Dec, formatPlain } from "./money.js";

const MS = { minute: 60_000, hour: 3_600_000, day: 86_400_000 } as const;

/** A search for the due time gives up after this many calendar days (a calendar that is
 * almost always closed, or an absurd target); validation keeps real catalogs far below it. */
const MAX_DAYS = 366 * 20;

/** The target in words: "6 business hours", "30 minutes", "1 day". */
export function describeTarget(target: Pick<SlaTarget, "amount" | "unit">): string {
  const amount = formatPlain(new Dec(target.amount));
  const one = amount === "1";
  switch (target.unit) {
    case "BUSINESS_HOURS":
      return `${amount} business ${one ? "hour" : "hours"}`;
    case "CALENDAR_MINUTES":
      return `${amount} ${one ? "minute" : "minutes"}`;
    case "CALENDAR_HOURS":
      return `${amount} ${one ? "hour" : "hours"}`;
    case "CALENDAR_DAYS":
      return `${amount} ${one ? "day" : "days"}`;
  }
}

/** The target's length in milliseconds (business hours count only open time). */
function targetMs(target: Pick<SlaTarget, "amount" | "unit">): number {
  const per =
    target.unit === "CALENDAR_MINUTES" ? MS.minute : target.unit === "CALENDAR_DAYS" ? MS.day : MS.hour;
  const ms = new Dec(target.amount).times(per);
  if (!ms.isInteger()) throw badInput(`An SLA target of ${describeTarget(target)} is not a whole number of milliseconds`);
  return ms.toNumber();
}

function minutesOf(hhmm: string): number {
  const [h, m] = hhmm.split(":").map(Number);
  return h * 60 + m;
}

/** The instant a local wall-clock time ("HH:MM" as minutes, 1440 = 24:00) happens on a
 * date in a zone. Times that a DST change skips move forward by the gap, as clocks do. */
function localInstant(date: DateTime, minutes: number, zone: Zone): number {
  const ymd = { year: date.year, month: date.month, day: date.day };
  if (minutes >= 24 * 60) return DateTime.fromObject(ymd, { zone }).plus({ days: 1 }).toMillis();
  return DateTime.fromObject({ ...ymd, hour: Math.floor(minutes / 60), minute: minutes % 60 }, { zone }).toMillis();
}

function startOfLocalDay(date: DateTime, zone: Zone): DateTime {
  return DateTime.fromObject({ year: date.year, month: date.month, day: date.day }, { zone });
}

function windowsOn(windows: TimeWindow[], weekday: number): TimeWindow[] {
  const day = WEEKDAYS[weekday - 1];
  return windows.filter((w) => w.days.includes(day)).sort((a, b) => minutesOf(a.start) - minutesOf(b.start));
}

/**
 * When a response is due: the submission instant plus the target. Calendar units are
 * plain elapsed time. Business hours count only time inside the calendar's windows, in
 * the given zone, skipping closed days and holidays; a submission outside the windows
 * starts counting at the next opening. A target that ends exactly at a closing time is
 * due at that closing time.
 */
export function dueAt(
  calendar: Pick<SupportCalendar, "alwaysOpen" | "windows" | "holidays">,
  target: Pick<SlaTarget, "amount" | "unit">,
  submittedAt: Date,
  zone: Zone,
): Date {
  const start = submittedAt.getTime();
  let remaining = targetMs(target);
  if (target.unit !== "BUSINESS_HOURS" || calendar.alwaysOpen) return new Date(start + remaining);

  const holidays = new Set(calendar.holidays);
  // Windows are at most one local day long, so the first that can matter opens on the submission's local date.
  let day = startOfLocalDay(DateTime.fromMillis(start, { zone }), zone);
  for (let i = 0; i < MAX_DAYS; i++, day = startOfLocalDay(day.plus({ days: 1 }).set({ hour: 12 }), zone)) {
    if (holidays.has(day.toISODate()!)) continue;
    for (const w of windowsOn(calendar.windows, day.weekday)) {
      const open = Math.max(localInstant(day, minutesOf(w.start), zone), start);
      const close = localInstant(day, minutesOf(w.end), zone);
      if (close <= open) continue;
      if (remaining <= close - open) return new Date(open + remaining);
      remaining -= close - open;
    }
  }
  throw badInput("The support calendar has too little open time to reach this target");
}
