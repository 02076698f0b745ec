/** The delivery facts of an outbox message, as the server states them. */
export interface Delivery {
  status: "QUEUED" | "SENT" | "FAILED";
  attempts: number;
  sentAt: string | null;
  nextAttemptAt: string | null;
  lastError: string | null;
}

/** "1 Dec 2026, 10:05 UTC": an instant with the zone it is read in (the browser's unless given). */
export function instant(iso: string, timeZone?: string): string {
  return new Intl.DateTimeFormat("en-GB", {
    day: "numeric",
    month: "short",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
    timeZoneName: "short",
    timeZone,
  }).format(new Date(iso));
}

const tries = (n: number) => (n === 1 ? "1 try" : `${n} tries`);

/** What happened to a message, in words: sent when, waiting for which try and why, or given up. */
export function deliveryWords(m: Delivery, timeZone?: string): string {
  if (m.status === "SENT") return m.sentAt ? `Sent ${instant(m.sentAt, timeZone)}` : "Sent";
  const why = m.lastError ? ` Last error: ${m.lastError}` : "";
  if (m.status === "FAILED") return `Failed after ${tries(m.attempts)}; no try is left.${why}`;
  if (m.attempts === 0) return "Queued: not sent yet (kept here when email is not configured).";
  const next = m.nextAttemptAt ? `, next try ${instant(m.nextAttemptAt, timeZone)}` : "";
  return `Queued: ${tries(m.attempts)} failed${next}.${why}`;
}

/** The short status shown in the list. */
export const STATUS_LABEL: Record<Delivery["status"], string> = { QUEUED: "queued", SENT: "sent", FAILED: "failed" };
