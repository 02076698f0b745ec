import { useState } from "react";
import type { Cell, DocFeature } from "../forms/draft-document.js";
import { cellText, parseCell } from "../forms/cell-value.js";

/**
 * One cell, edited by the row's value type: a choice for ✓ / ✗, a number, a duration with
 * its unit, a text or a list. Saved when the field is left; a malformed value is said next to it.
 */
export function CellEditor({ feature, planKey, planName, onSave }: { feature: DocFeature; planKey: string; planName: string; onSave: (value: unknown) => Promise<string | null> }) {
  const cell: Cell | undefined = feature.cells[planKey];
  const initial = cellText(feature.type, cell);
  const [text, setText] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const name = `${feature.label}, ${planName}`;

  const commit = async (next: string) => {
    if (next === initial) return;
    const parsed = parseCell(feature.type, next);
    if ("error" in parsed) return setError(parsed.error);
    setError(await onSave(parsed.value));
  };

  if (feature.type === "BOOLEAN") {
    return (
      <select aria-label={name} value={initial} onChange={(e) => void commit(e.target.value)}>
        <option value="">—</option>
        <option value="yes">✓</option>
        <option value="no">✗</option>
      </select>
    );
  }
  const errorId = `${feature.key}-${planKey}-error`;
  return (
    <>
      <input
        aria-label={name}
        value={text}
        placeholder={feature.type === "DURATION" ? "4 business hours" : feature.type === "LIST" ? "email, phone" : undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        onChange={(e) => {
          setText(e.target.value);
          const parsed = parseCell(feature.type, e.target.value);
          setError("error" in parsed ? parsed.error : null);
        }}
        onBlur={() => void commit(text)}
        onKeyDown={(e) => e.key === "Enter" && (e.target as HTMLInputElement).blur()}
      />
      {error && (
        <span id={errorId} className="field-error">
          {error}
        </span>
      )}
    </>
  );
}
