/** "25000.00" + "USD" -> "25,000.00 USD": digits grouped, never recomputed. */
export function money(amount: string | null | undefined, currency: string): string | null {
  if (amount == null) return null;
  const negative = amount.startsWith("-");
  const [int, frac] = (negative ? amount.slice(1) : amount).split(".");
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return `${negative ? "−" : ""}${grouped}${frac === undefined ? "" : `.${frac}`} ${currency}`;
}

/** "2026-12-01" -> "1 Dec 2026", read as a calendar date (no time zone shift). */
export function day(date: string | null | undefined): string | null {
  if (!date) return null;
  const [y, m, d] = date.split("-").map(Number);
  return new Date(Date.UTC(y, m - 1, d)).toLocaleDateString("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
}

/** A decimal typed by a person, as the API takes it: "50 000" / "50,000" -> "50000"; null when empty or unreadable. */
export function decimalInput(text: string): string | null {
  const plain = text.replace(/[\s,]/g, "");
  return /^\d{1,15}(\.\d{1,2})?$/.test(plain) ? plain : null;
}

/** A heading run into its text: "Business processes: ", but "What does it not get you? " as written. */
export function headingLead(heading: string): string {
  return /[?:.!]$/.test(heading.trim()) ? `${heading.trim()} ` : `${heading.trim()}: `;
}
