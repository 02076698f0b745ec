import { useState, type FormEvent } from "react";
import type { Cell, DocFeature } from "../forms/draft-document.js";

/** What a cell says besides its value; empty texts are sent as null. */
export interface CellWords {
  text: string | null;
  note: string | null;
  editorNote: string | null;
}

/**
 * A cell's vendor wording and notes, behind a disclosure next to its value; saved with the
 * value as it is.
 */
export function CellDetails({ feature, cell, planName, onSave }: { feature: DocFeature; cell: Cell; planName: string; onSave: (words: CellWords) => Promise<string | null> }) {
  const [f, setF] = useState({ text: cell.text ?? "", note: cell.note ?? "", editorNote: cell.editorNote ?? "" });
  const [error, setError] = useState<string | null>(null);
  // Not "row, plan" as the value is named, so a search for the value by its name finds it alone.
  const name = `the ${planName} cell of ${feature.label}`;
  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    setError(await onSave({ text: f.text.trim() || null, note: f.note.trim() || null, editorNote: f.editorNote.trim() || null }));
  };
  const worded = Boolean(cell.text || cell.note || cell.editorNote);
  return (
    <details className="row-details cell-details">
      <summary aria-label={`Wording and notes of ${name}`} className={worded ? "worded" : undefined}>
        {worded ? "✎•" : "✎"}
      </summary>
      <form className="stack" aria-label={`Wording and notes of ${name}`} onSubmit={(e) => void onSubmit(e)}>
        <label>
          As the vendor words it
          <input value={f.text} onChange={(e) => setF({ ...f, text: e.target.value })} placeholder="when it differs from the value" />
        </label>
        <label>
          Note
          <input value={f.note} onChange={(e) => setF({ ...f, note: e.target.value })} />
        </label>
        <label>
          Our note
          <input value={f.editorNote} onChange={(e) => setF({ ...f, editorNote: e.target.value })} placeholder="in our own voice" />
        </label>
        {error && (
          <p className="field-error" role="alert">
            {error}
          </p>
        )}
        <button type="submit">Save the cell's wording</button>
      </form>
    </details>
  );
}
