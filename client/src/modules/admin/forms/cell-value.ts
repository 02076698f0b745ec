import type { Cell } from "./draft-document.js";
import { numberError } from "./field-checks.js";

const UNITS: Record<string, string> = {
  "business hour": "BUSINESS_HOURS",
  "business hours": "BUSINESS_HOURS",
  minute: "CALENDAR_MINUTES",
  minutes: "CALENDAR_MINUTES",
  hour: "CALENDAR_HOURS",
  hours: "CALENDAR_HOURS",
  day: "CALENDAR_DAYS",
  days: "CALENDAR_DAYS",
};
const WORDS: Record<string, string> = { BUSINESS_HOURS: "business hours", CALENDAR_MINUTES: "minutes", CALENDAR_HOURS: "hours", CALENDAR_DAYS: "days" };

/** A cell's value as the text its editor shows, by the row's value type ("" = empty cell). */
export function cellText(type: string, cell: Cell | undefined): string {
  if (!cell) return "";
  const v = cell.value;
  if (type === "BOOLEAN") return v === true ? "yes" : v === false ? "no" : "";
  if (type === "LIST") return Array.isArray(v) ? v.join(", ") : "";
  if (type === "DURATION" && v && typeof v === "object" && "amount" in v) {
    const d = v as { amount: string; unit: string };
    return `${d.amount} ${WORDS[d.unit] ?? d.unit}`;
  }
  return typeof v === "string" ? v : (cell.text ?? "");
}

/** The typed value of a cell's text (null empties the cell), or what is wrong with it in words. */
export function parseCell(type: string, text: string): { value: unknown } | { error: string } {
  const t = text.trim();
  if (t === "") return { value: null };
  switch (type) {
    case "BOOLEAN":
      return { value: t === "yes" };
    case "NUMBER": {
      const error = numberError(t, "number");
      return error ? { error } : { value: t };
    }
    case "DURATION": {
      const m = /^(\d+(?:\.\d+)?)\s+(.+)$/.exec(t);
      const unit = m ? UNITS[m[2].toLowerCase()] : undefined;
      if (!m || !unit) return { error: 'Write the time as a number and a unit: "4 business hours", "30 minutes", "2 days"' };
      return { value: { amount: m[1], unit } };
    }
    case "LIST":
      return { value: t.split(",").map((s) => s.trim()).filter(Boolean) };
    default:
      return { value: t };
  }
}
