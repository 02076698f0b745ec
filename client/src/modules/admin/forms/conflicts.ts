import type { Touch } from "../hooks/draft-edit-context.js";

export interface ChangeSeen {
  area: string;
  key: string;
  summary: string;
  before: unknown;
  after: unknown;
}

const hasField = (value: unknown, field: string) => value !== null && typeof value === "object" && field in value;

/**
 * The changes someone else saved that touch what this edit changes: the same plan field, the
 * same row or cell, the same band list. Applying the edit on top replaces what they wrote there.
 */
export function clashes(changes: ChangeSeen[], touches: Touch[]): ChangeSeen[] {
  return changes.filter((c) =>
    touches.some(
      (t) =>
        t.area === c.area &&
        (t.key === "*" || t.key === c.key) &&
        (t.field === undefined || hasField(c.before, t.field) || hasField(c.after, t.field)),
    ),
  );
}
