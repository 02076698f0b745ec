import { DateTime } from "luxon";
import { badInput } from "./errors.js";

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Reads a calendar date "YYYY-MM-DD"; a date that does not exist (2026-02-30) is bad input. */
export function parseDate(text: string, field: string): DateTime {
  const d = ISO_DATE.test(text) ? DateTime.fromISO(text, { zone: "UTC" }) : null;
  if (!d || !d.isValid) throw badInput(`${field} must be a calendar date that exists, written YYYY-MM-DD ("${text}" is not)`, field);
  return d;
}

export function isDate(text: string): boolean {
  return ISO_DATE.test(text) && DateTime.fromISO(text, { zone: "UTC" }).isValid;
}

export function addDays(date: DateTime, days: number): string {
  return date.plus({ days }).toISODate()!;
}
