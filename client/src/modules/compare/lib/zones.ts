/** "+02:00" / "-02:00": a fixed offset, as the support calendars name them. */
const OFFSET = /^([+-])(\d{2}):(\d{2})$/;

export function offsetMinutes(zone: string): number | null {
  const m = OFFSET.exec(zone);
  return m ? (m[1] === "-" ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) : null;
}

/** Whether the browser can show times in the zone (an IANA name it knows, or a fixed offset). */
export function isZone(zone: string): boolean {
  if (offsetMinutes(zone) !== null) return true;
  try {
    new Intl.DateTimeFormat("en-GB", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** The visitor's own zone as the browser knows it (an IANA name). */
export function browserZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC";
}

/** The browser's current offset as "+01:00", to match a calendar that offers fixed offsets. */
export function browserOffset(now = new Date()): string {
  const minutes = -now.getTimezoneOffset();
  const sign = minutes < 0 ? "-" : "+";
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, "0")}:${String(abs % 60).padStart(2, "0")}`;
}

/**
 * The zone to show times in: the one the visitor chose when it is usable; else the browser's
 * zone when the plans offer it (by name or by its current offset); else the first zone offered.
 */
export function visitorZone(chosen: string, offered: readonly string[], now = new Date()): string {
  if (chosen && isZone(chosen)) return chosen;
  const own = browserZone();
  if (offered.includes(own)) return own;
  const offset = browserOffset(now);
  if (offered.includes(offset)) return offset;
  return offered[0] ?? own;
}
