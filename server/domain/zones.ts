import { DateTime, FixedOffsetZone, IANAZone, type Zone } from "luxon";

const OFFSET = /^(?:UTC|GMT)?([+-])(\d{1,2})(?::?(\d{2}))?$/i;

export interface ParsedZone {
  /** The canonical spelling: "+03:00", "-02:00" or an IANA name as the tz database writes it. */
  name: string;
  zone: Zone;
}

/** Minutes east of UTC for a fixed offset such as "+03:00" or "-0230"; null when it is not one. */
function offsetMinutes(text: string): number | null {
  const m = OFFSET.exec(text.trim());
  if (!m) return null;
  const hours = Number(m[2]);
  const minutes = m[3] === undefined ? 0 : Number(m[3]);
  if (minutes >= 60) return NaN;
  return (m[1] === "-" ? -1 : 1) * (hours * 60 + minutes);
}

export function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? "-" : "+";
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, "0")}:${String(abs % 60).padStart(2, "0")}`;
}

/**
 * Reads a time zone: a fixed offset within -12:00..+14:00 or an IANA name. Node's Intl
 * does not take offsets as zones, so they become Luxon fixed-offset zones explicitly.
 * Returns a reason in words when the text is not a zone.
 */
export function parseZone(text: string): ParsedZone | { error: string } {
  const minutes = offsetMinutes(text);
  if (minutes !== null) {
    if (Number.isNaN(minutes) || minutes < -12 * 60 || minutes > 14 * 60) {
      return { error: `"${text}" is not an offset between -12:00 and +14:00` };
    }
    return { name: formatOffset(minutes), zone: FixedOffsetZone.instance(minutes) };
  }
  if (text === "UTC" || text === "Z") return { name: "UTC", zone: FixedOffsetZone.utcInstance };
  if (IANAZone.isValidZone(text)) {
    const name = new Intl.DateTimeFormat("en-US", { timeZone: text }).resolvedOptions().timeZone;
    return { name, zone: IANAZone.create(name) };
  }
  return { error: `"${text}" is not a time zone (use an IANA name such as "Europe/Rome" or an offset such as "+03:00")` };
}

export function isZoneError(z: ParsedZone | { error: string }): z is { error: string } {
  return "error" in z;
}

/** An instant as a person in `zoneName` reads it, saying the zone: "23 Nov 2026, 13:00 (Europe/Moscow)". */
export function instantIn(at: Date, zoneName: string): string {
  const parsed = parseZone(zoneName);
  const zone = isZoneError(parsed) ? { name: "UTC", zone: FixedOffsetZone.utcInstance } : parsed;
  return `${DateTime.fromJSDate(at, { zone: zone.zone }).setLocale("en-GB").toFormat("d LLL yyyy, HH:mm")} (${zone.name})`;
}
