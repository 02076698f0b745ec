import { FixedOffsetZone, IANAZone } from "luxon";
import { describe, expect, it } from "vitest";
import type { SupportCalendar } from "../../server/domain/catalog.js";
import { describeTarget, dueAt } from "../../server/domain/sla-clock.js";
import { parseZone } from "../../server/domain/zones.js";

const weekdays = (start: string, end: string, holidays: string[] = []): SupportCalendar => ({
  zones: [],
  alwaysOpen: false,
  windows: [{ days: ["MON", "TUE", "WED", "THU", "FRI"], start, end }],
  holidays,
  note: null,
});
const LA = IANAZone.create("America/Los_Angeles");
const PLUS1 = FixedOffsetZone.instance(60);
const bh = (amount: string) => ({ amount, unit: "BUSINESS_HOURS" as const });
const iso = (d: Date) => d.toISOString();

describe("business hours", () => {
  it.each([
    // Pacific business hours 06:00-18:00, PST (UTC-8) in November.
    ["inside hours, same day", "2026-11-16T17:00:00Z", "6", "2026-11-16T23:00:00.000Z"],
    ["ends exactly at closing", "2026-11-16T20:00:00Z", "6", "2026-11-17T02:00:00.000Z"],
    ["runs over to the next morning", "2026-11-17T00:00:00Z", "6", "2026-11-17T18:00:00.000Z"],
    ["before opening starts at opening", "2026-11-16T10:00:00Z", "4", "2026-11-16T18:00:00.000Z"],
    ["Friday afternoon runs over the weekend", "2026-11-20T23:00:00Z", "4", "2026-11-23T15:00:00.000Z"],
    ["submitted on Saturday starts Monday", "2026-11-21T18:00:00Z", "10", "2026-11-24T00:00:00.000Z"],
    ["24 business hours are two working days", "2026-11-16T14:00:00Z", "24", "2026-11-18T02:00:00.000Z"],
  ])("%s", (_name, submitted, hours, due) => {
    expect(iso(dueAt(weekdays("06:00", "18:00"), bh(hours), new Date(submitted), LA))).toBe(due);
  });

  it("counts across the spring DST change (PST -> PDT on 2026-03-08)", () => {
    // Friday 2026-03-06 17:00 PST = 01:00Z Sat; 1 hour left Friday, 5 on Monday from 06:00 PDT (13:00Z).
    expect(iso(dueAt(weekdays("06:00", "18:00"), bh("6"), new Date("2026-03-07T01:00:00Z"), LA))).toBe("2026-03-09T18:00:00.000Z");
  });

  it("counts across the autumn DST change (PDT -> PST on 2026-11-01)", () => {
    // Friday 2026-10-30 16:00 PDT = 23:00Z; 2 hours left Friday, 2 on Monday from 06:00 PST (14:00Z).
    expect(iso(dueAt(weekdays("06:00", "18:00"), bh("4"), new Date("2026-10-30T23:00:00Z"), LA))).toBe("2026-11-02T16:00:00.000Z");
  });

  it("a window on the DST day itself has its wall-clock length", () => {
    // Sunday 2026-03-08 is 23 hours long; a 00:00-24:00 window on it holds 23 hours.
    const sundays: SupportCalendar = { zones: [], alwaysOpen: false, windows: [{ days: ["SUN"], start: "00:00", end: "24:00" }], holidays: [], note: null };
    expect(iso(dueAt(sundays, bh("23"), new Date("2026-03-08T08:00:00Z"), LA))).toBe("2026-03-09T07:00:00.000Z");
  });

  it("skips holidays in the calendar's zone", () => {
    // Thanksgiving 2026-11-26 closed: Wednesday 17:00 PST + 3h -> 1h Wed, 2h Friday.
    const cal = weekdays("06:00", "18:00", ["2026-11-26"]);
    expect(iso(dueAt(cal, bh("3"), new Date("2026-11-26T01:00:00Z"), LA))).toBe("2026-11-27T16:00:00.000Z");
  });

  it("uses the chosen fixed offset", () => {
    // 9-18 at +01:00 is 08:00-17:00Z. Monday 16:30Z + 4h: 0.5h Monday, 3.5h Tuesday -> 11:30Z.
    expect(iso(dueAt(weekdays("09:00", "18:00"), bh("4"), new Date("2026-11-16T16:30:00Z"), PLUS1))).toBe("2026-11-17T11:30:00.000Z");
    // At -02:00 the hours are 11:00-20:00Z: 3.5h left on Monday, 0.5h on Tuesday.
    const minus2 = FixedOffsetZone.instance(-120);
    expect(iso(dueAt(weekdays("09:00", "18:00"), bh("4"), new Date("2026-11-16T16:30:00Z"), minus2))).toBe("2026-11-17T11:30:00.000Z");
  });

  it("a 24/7 calendar counts business hours as elapsed time", () => {
    const always: SupportCalendar = { zones: [], alwaysOpen: true, windows: [], holidays: [], note: null };
    expect(iso(dueAt(always, bh("1"), new Date("2026-11-21T23:30:00Z"), PLUS1))).toBe("2026-11-22T00:30:00.000Z");
  });
});

describe("calendar targets are elapsed time", () => {
  const cal = weekdays("06:00", "18:00");
  it.each([
    ["CALENDAR_MINUTES", "30", "2026-11-21T23:45:00Z", "2026-11-22T00:15:00.000Z"],
    ["CALENDAR_HOURS", "12", "2026-11-21T20:00:00Z", "2026-11-22T08:00:00.000Z"],
    ["CALENDAR_DAYS", "3", "2026-10-30T12:00:00Z", "2026-11-02T12:00:00.000Z"],
  ] as const)("%s %s", (unit, amount, submitted, due) => {
    expect(iso(dueAt(cal, { amount, unit }, new Date(submitted), LA))).toBe(due);
  });
});

describe("words and zones", () => {
  it.each([
    [{ amount: "6", unit: "BUSINESS_HOURS" }, "6 business hours"],
    [{ amount: "1", unit: "BUSINESS_HOURS" }, "1 business hour"],
    [{ amount: "30", unit: "CALENDAR_MINUTES" }, "30 minutes"],
    [{ amount: "12", unit: "CALENDAR_HOURS" }, "12 hours"],
    [{ amount: "3", unit: "CALENDAR_DAYS" }, "3 days"],
    [{ amount: "0.5", unit: "CALENDAR_HOURS" }, "0.5 hours"],
  ] as const)("%o reads %s", (target, words) => {
    expect(describeTarget(target)).toBe(words);
  });

  it.each([
    ["+03:00", "+03:00"],
    ["+3", "+03:00"],
    ["-02:00", "-02:00"],
    ["UTC+1", "+01:00"],
    ["+14:00", "+14:00"],
    ["america/los_angeles", "America/Los_Angeles"],
  ])("reads the zone %s as %s", (text, name) => {
    expect(parseZone(text)).toMatchObject({ name });
  });

  it.each(["+14:30", "-12:30", "+15:00", "Mars/Olympus", "+03:60"])("refuses the zone %s", (text) => {
    expect(parseZone(text)).toHaveProperty("error");
  });
});
