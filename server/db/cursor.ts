import { badInput } from "../domain/errors.js";
import { isUuid } from "./ids.js";

/** A position in a newest-first list: the row's instant and id (ids break ties). */
export interface Cursor {
  at: Date;
  id: string;
}

export function encodeCursor(c: Cursor): string {
  return Buffer.from(`${c.at.toISOString()}|${c.id}`).toString("base64url");
}

export function decodeCursor(text: string): Cursor {
  const [at, id] = Buffer.from(text, "base64url").toString("utf8").split("|");
  const date = new Date(at ?? "");
  if (!id || Number.isNaN(date.getTime()) || !isUuid(id)) throw badInput("That page cursor is not one this server gave", "after");
  return { at: date, id };
}

export function checkPageSize(first: number): number {
  if (!Number.isInteger(first) || first < 1 || first > 200) throw badInput("first must be a whole number from 1 to 200", "first");
  return first;
}
