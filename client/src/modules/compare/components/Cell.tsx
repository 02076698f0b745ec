import type { Row } from "../lib/rows.js";

/** One cell as the vendor states it: a tick, a cross, a value, or a dash for "not stated". */
export function Cell({ cell }: { cell: Row["cells"][number] }) {
  if (cell.display === null) {
    return (
      <span className="empty" title="Not stated">
        –<span className="visually-hidden">not stated</span>
      </span>
    );
  }
  if (cell.display === "✓" && !cell.editorNote) return <span className="yes" aria-label="Included">✓</span>;
  if (cell.display === "✗") return <span className="no" aria-label="Not included">✗</span>;
  return (
    <>
      {cell.display}
      {cell.note && <div className="muted small">{cell.note}</div>}
      {cell.editorNote && <div className="editor-note small">Tierwise: {cell.editorNote}</div>}
    </>
  );
}
