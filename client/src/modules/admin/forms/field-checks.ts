/**
 * Checks of what is typed, before anything is sent: the form of a value (a number, a time),
 * never a business rule (those come back from the server as problems at their path).
 */
const DECIMAL = /^\d+(\.\d+)?$/;
const WHOLE = /^\d+$/;
const TIME = /^([01]\d|2[0-3]):[0-5]\d$|^24:00$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** "Write the percent as a number" for "abc"; null when the text is a number (or empty and optional). */
export function numberError(text: string, what: string, { required = false } = {}): string | null {
  const t = text.trim();
  if (t === "") return required ? `Give the ${what}` : null;
  return DECIMAL.test(t) ? null : `Write the ${what} as a number`;
}

export function wholeNumberError(text: string, what: string, { required = false } = {}): string | null {
  const t = text.trim();
  if (t === "") return required ? `Give the ${what}` : null;
  return WHOLE.test(t) ? null : `Write the ${what} as a whole number`;
}

export function timeError(text: string, what: string): string | null {
  return TIME.test(text.trim()) ? null : `Write the ${what} as HH:MM, such as 09:00`;
}

export function dateError(text: string): string | null {
  return DATE.test(text.trim()) ? null : `Write "${text.trim()}" as a date, YYYY-MM-DD`;
}

/** The text as an optional decimal for the API: "" -> null. */
export const decimalOrNull = (text: string): string | null => (text.trim() === "" ? null : text.trim());

/** Lines of a text area, trimmed, without the empty ones. */
export const lines = (text: string): string[] =>
  text
    .split("\n")
    .map((s) => s.trim())
    .filter(Boolean);

/** A form is ready when none of its fields has an error. */
export const hasErrors = (errors: Record<string, string | null>): boolean => Object.values(errors).some(Boolean);
