import { Decimal } from "decimal.js";

/**
 * Exact decimal arithmetic for money and percentages. decimal.js works in base 10 with
 * a precision far beyond any amount we accept (15 integer digits), so products and
 * quotients below are exact until the one rounding step of a line.
 */
export const Dec = Decimal.clone({ precision: 60, rounding: Decimal.ROUND_HALF_UP, toExpNeg: -100, toExpPos: 100 });
export type Dec = InstanceType<typeof Dec>;

const PLAIN = /^\d+(\.\d+)?$/;

/** Answers of `minorDigits`: building an Intl.NumberFormat costs more than pricing a line. */
const MINOR_DIGITS = new Map<string, number>();

/** Digits after the point for an ISO 4217 currency ("USD" -> 2, "JPY" -> 0). */
export function minorDigits(currency: string): number {
  let digits = MINOR_DIGITS.get(currency);
  if (digits === undefined) {
    digits = new Intl.NumberFormat("en", { style: "currency", currency }).resolvedOptions().maximumFractionDigits ?? 2;
    // Bounded by the currencies Intl accepts (it throws on anything else).
    MINOR_DIGITS.set(currency, digits);
  }
  return digits;
}

export function isCurrencyCode(code: string): boolean {
  return /^[A-Z]{3}$/.test(code) && Intl.supportedValuesOf("currency").includes(code);
}

/** Parses a non-negative decimal in plain notation; null when the text is not one. */
export function parsePlainDecimal(text: string): Dec | null {
  if (typeof text !== "string" || !PLAIN.test(text)) return null;
  return new Dec(text);
}

/** Round half-up to the currency's minor unit: the single rounding point of a line. */
export function roundMoney(value: Dec, digits: number): Dec {
  return value.toDecimalPlaces(digits, Dec.ROUND_HALF_UP);
}

/** A money amount as the API writes it: exactly the minor-unit digits ("1234.57", "0.00"). */
export function formatMoney(value: Dec, digits: number): string {
  const text = roundMoney(value, digits).toString();
  if (digits === 0) return text;
  const [int, frac = ""] = text.split(".");
  return `${int}.${frac.padEnd(digits, "0")}`;
}

/** A decimal without trailing zeros ("10", "12.5"), for percents and plain numbers. */
export function formatPlain(value: Dec): string {
  return value.toString();
}

/** "25000.00" -> "25,000.00" for words and documents (never for the API's money fields). */
export function groupThousands(amount: string): string {
  const [int, frac] = amount.split(".");
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return frac === undefined ? grouped : `${grouped}.${frac}`;
}

export function sumMoney(values: Dec[]): Dec {
  return values.reduce((a, b) => a.plus(b), new Dec(0));
}
