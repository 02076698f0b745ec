import { WEEKDAYS, type Cell, type Feature, type Plan, type SupportCalendar, type TimeWindow } from "./catalog.js";
import { describeTarget } from "./sla-clock.js";

const DAY_NAMES: Record<string, string> = { MON: "Mon", TUE: "Tue", WED: "Wed", THU: "Thu", FRI: "Fri", SAT: "Sat", SUN: "Sun" };

/** "Mon–Fri" for a run of days, "Mon, Wed" otherwise. */
function describeDays(days: TimeWindow["days"]): string {
  const idx = [...new Set(days)].map((d) => WEEKDAYS.indexOf(d)).sort((a, b) => a - b);
  if (idx.length === 7) return "every day";
  const contiguous = idx.length > 2 && idx.every((d, i) => i === 0 || d === idx[i - 1] + 1);
  if (contiguous) return `${DAY_NAMES[WEEKDAYS[idx[0]]]}–${DAY_NAMES[WEEKDAYS[idx[idx.length - 1]]]}`;
  return idx.map((d) => DAY_NAMES[WEEKDAYS[d]]).join(", ");
}

/** Support hours in words: "24/7", or "Mon–Fri 06:00–18:00 (America/Los_Angeles)". */
export function describeCalendar(calendar: SupportCalendar): string {
  if (calendar.alwaysOpen) return "24/7";
  const hours = calendar.windows.map((w) => `${describeDays(w.days)} ${w.start}–${w.end}`).join("; ");
  return calendar.zones.length > 0 ? `${hours} (${calendar.zones.join(", ")})` : hours;
}

/** A cell as a person reads it: "✓", "✗", "5", "email, phone", "6 business hours". */
export function cellDisplay(feature: Feature, cell: Cell | undefined, plan: Plan): string | null {
  if (!cell) return null;
  if (cell.text !== null) return cell.text;
  const v = cell.value;
  switch (feature.type) {
    case "BOOLEAN":
      return v === true ? "✓" : "✗";
    case "NUMBER":
    case "TEXT":
      return String(v);
    case "DURATION":
      return describeTarget(v as { amount: string; unit: "BUSINESS_HOURS" });
    case "LIST":
      return (v as string[]).join(", ");
    case "SCHEDULE":
      if (typeof v === "string") return v;
      return plan.calendar ? describeCalendar(plan.calendar) : null;
  }
}
