import { describe, expect, it } from "vitest";
import { bandInputs, bandRowErrors, barSegments, bandRows } from "../../../client/src/modules/admin/forms/band-form.js";
import { calendarForm, calendarFormErrors, calendarInput, windowField } from "../../../client/src/modules/admin/forms/calendar-form.js";
import { cellText, parseCell } from "../../../client/src/modules/admin/forms/cell-value.js";
import { clashes } from "../../../client/src/modules/admin/forms/conflicts.js";
import { numberError, timeError } from "../../../client/src/modules/admin/forms/field-checks.js";
import { problemsOf, problemsUnder } from "../../../client/src/modules/admin/forms/server-problems.js";
import { slaTargetsWith } from "../../../client/src/modules/admin/forms/sla-targets.js";

describe("what is typed, checked before sending", () => {
  it.each([
    ["abc", "Write the percent as a number"],
    ["-3", "Write the percent as a number"],
    ["12,5", "Write the percent as a number"],
    ["12.5", null],
    ["", null],
  ])("percent %j: %s", (text, message) => {
    expect(numberError(text, "percent")).toBe(message);
  });

  it("asks for a required figure", () => {
    expect(numberError(" ", "amount", { required: true })).toBe("Give the amount");
  });

  it.each([
    ["09:00", null],
    ["24:00", null],
    ["9", "Write the opening time as HH:MM, such as 09:00"],
    ["25:00", "Write the opening time as HH:MM, such as 09:00"],
  ])("time %j", (text, message) => {
    expect(timeError(text, "opening time")).toBe(message);
  });
});

describe("cells, by the row's value type", () => {
  it("reads a duration with its unit and refuses one without", () => {
    expect(parseCell("DURATION", "4 business hours")).toEqual({ value: { amount: "4", unit: "BUSINESS_HOURS" } });
    expect(parseCell("DURATION", "30 minutes")).toEqual({ value: { amount: "30", unit: "CALENDAR_MINUTES" } });
    expect(parseCell("DURATION", "soon")).toEqual({ error: 'Write the time as a number and a unit: "4 business hours", "30 minutes", "2 days"' });
    expect(cellText("DURATION", { value: { amount: "2", unit: "CALENDAR_DAYS" }, text: null, note: null })).toBe("2 days");
  });

  it("reads a list, a number, and an empty cell", () => {
    expect(parseCell("LIST", "email,  phone ,")).toEqual({ value: ["email", "phone"] });
    expect(parseCell("NUMBER", "five")).toEqual({ error: "Write the number as a number" });
    expect(parseCell("TEXT", "  ")).toEqual({ value: null });
  });
});

describe("the support-hours form", () => {
  const calendar = { zones: ["Europe/Rome"], alwaysOpen: false, windows: [{ days: ["MON" as const, "TUE" as const], start: "09:00", end: "18:00" }], holidays: ["2026-12-25"], note: null };

  it("gives back the same windows, days with the same hours sharing one", () => {
    const form = calendarForm(calendar);
    expect(calendarInput(form)).toEqual({ zones: ["Europe/Rome"], alwaysOpen: false, windows: calendar.windows, holidays: ["2026-12-25"], note: null });
    form.days.FRI = [{ open: true, start: "09:00", end: "20:00" }];
    expect(calendarInput(form).windows).toEqual([...calendar.windows, { days: ["FRI"], start: "09:00", end: "20:00" }]);
  });

  it("says which day's time is malformed, and which holiday", () => {
    const form = calendarForm(calendar);
    form.days.TUE = [{ open: true, start: "9", end: "18:00" }];
    form.holidays = "2026-12-25\nChristmas";
    expect(calendarFormErrors(form)).toEqual({
      "TUE.0.start": "Write the opening time as HH:MM, such as 09:00",
      holidays: 'Write "Christmas" as a date, YYYY-MM-DD',
    });
  });

  it("puts a server problem about a window next to the first day it covers", () => {
    const input = calendarInput(calendarForm(calendar));
    expect(windowField(calendarForm(calendar), input, "windows[0].end")).toBe("MON.0.end");
    expect(windowField(calendarForm(calendar), input, "zones[0]")).toBeNull();
  });

  it("puts a server problem about a day's second window next to that window", () => {
    const split = calendarForm({ ...calendar, windows: [{ days: ["MON"], start: "09:00", end: "12:00" }, { days: ["MON", "TUE"], start: "14:00", end: "13:00" }] });
    expect(windowField(split, calendarInput(split), "windows[1].end")).toBe("MON.1.end");
  });
});

describe("guarantee bands as typed", () => {
  const bands = [
    { min: "0", minInclusive: true, max: "25000", maxInclusive: false, days: 30, label: null },
    { min: "30000", minInclusive: true, max: null, maxInclusive: false, days: 60, label: null },
  ];

  it("are not sent while a bound is not a number", () => {
    const rows = bandRows(bands);
    rows[1].min = "30k";
    expect(bandRowErrors(rows)).toEqual({ "1.min": "Write the lower bound as a number" });
    expect(bandInputs(rows)).toBeNull();
  });

  it("draw a flagged segment where the server found a gap, between the bands", () => {
    const inputs = bandInputs(bandRows(bands))!;
    const { segments, scaleMax } = barSegments(inputs, new Set([1]));
    expect(scaleMax).toBe(36000);
    const flagged = segments.filter((s) => s.kind === "flagged");
    expect(flagged).toHaveLength(1);
    expect(flagged[0].text).toBe("gap");
    expect(flagged[0].left).toBeCloseTo((25000 / 36000) * 100);
    expect(barSegments(inputs, new Set()).segments.filter((s) => s.kind === "flagged")).toEqual([]);
  });
});

describe("server problems and conflicts", () => {
  const refused = {
    errors: [{ message: "Business: the percent must be above 0", extensions: { code: "BAD_USER_INPUT", problems: [{ path: "plans[1].pricing.percent", message: "Business: the percent must be above 0" }] } }],
  };

  it("sets each problem next to its field under the plan", () => {
    expect(problemsUnder(problemsOf(refused), "plans[1]")).toEqual({ "pricing.percent": "Business: the percent must be above 0" });
    expect(problemsUnder(problemsOf(refused), "plans[0]")).toEqual({});
    expect(problemsOf({ errors: [{ message: "x", extensions: { code: "CONFLICT" } }] })).toEqual([]);
  });

  it("names the change that touches the same plan field, and not another field of it", () => {
    const changes = [
      { area: "PLAN", key: "business", summary: "Business · P1 response: 1 → 3", before: { sla: {} }, after: { sla: {} } },
      { area: "PLAN", key: "business", summary: "Business: tagline", before: { tagline: null }, after: { tagline: "x" } },
    ];
    expect(clashes(changes, [{ area: "PLAN", key: "business", field: "sla" }]).map((c) => c.summary)).toEqual(["Business · P1 response: 1 → 3"]);
    expect(clashes(changes, [{ area: "PLAN", key: "premium", field: "sla" }])).toEqual([]);
    expect(clashes(changes, [{ area: "PLAN", key: "*" }])).toHaveLength(2);
  });
});

describe("a response target set in the grid", () => {
  it("keeps the plan's other targets as the draft holds them now, in priority order", () => {
    const doc = {
      priorities: [{ key: "p1" }, { key: "p2" }, { key: "p3" }],
      plans: [{ key: "business", sla: { p3: { amount: "8", unit: "BUSINESS_HOURS", note: null }, p1: { amount: "1", unit: "BUSINESS_HOURS", note: null } } }],
    } as never;
    expect(slaTargetsWith(doc, "business", "p2", { amount: "30", unit: "CALENDAR_MINUTES", note: null })).toEqual([
      { priorityKey: "p1", amount: "1", unit: "BUSINESS_HOURS", note: null },
      { priorityKey: "p2", amount: "30", unit: "CALENDAR_MINUTES", note: null },
      { priorityKey: "p3", amount: "8", unit: "BUSINESS_HOURS", note: null },
    ]);
    expect(slaTargetsWith(doc, "business", "p1", null).map((t) => t.priorityKey)).toEqual(["p3"]);
  });
});
