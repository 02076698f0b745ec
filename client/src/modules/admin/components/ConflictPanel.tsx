import { clashes, type ChangeSeen } from "../forms/conflicts.js";
import type { Conflict } from "../hooks/useDraftSaver.js";
import { useDraftChangesSince } from "../hooks/useDraftChangesSince.js";

/**
 * Someone saved the draft first: who, what they changed since the revision the edit was
 * made on, which of it the edit also changes, and the edit kept to be applied on top.
 */
export function ConflictPanel({ slug, conflict, onApply, onDiscard, applying }: { slug: string; conflict: Conflict; onApply: () => void; onDiscard: () => void; applying: boolean }) {
  const { changesSince, loading } = useDraftChangesSince(slug, conflict.since);
  const changes = (changesSince?.changes ?? []) as ChangeSeen[];
  const clashing = clashes(changes, conflict.edit.touches);
  const who = changesSince?.editedBy.length ? changesSince.editedBy.join(", ") : "Someone else";
  return (
    <section className="card conflict" role="alert" aria-labelledby="conflict-title">
      <h2 id="conflict-title">
        {who} saved the draft while you were editing
      </h2>
      <p>
        Your change ({conflict.edit.what}) was made on revision {conflict.since} and was not saved. It is kept: nothing you typed is lost.
      </p>
      {loading && <p role="status">Reading what changed…</p>}
      {changesSince && (
        <>
          <h3>What changed since revision {conflict.since}</h3>
          {changesSince.changes === null ? (
            <p>That revision is older than the kept history, so the changes cannot be listed.</p>
          ) : (
            <ul>
              {changes.map((c, i) => (
                <li key={i}>{c.summary}</li>
              ))}
            </ul>
          )}
          {clashing.length > 0 ? (
            <p className="warning">
              <strong>Also changed by you:</strong> {clashing.map((c) => c.summary).join("; ")}. Applying yours replaces it.
            </p>
          ) : (
            changesSince.changes !== null && <p>None of it is what your change is about: applying yours keeps their changes.</p>
          )}
        </>
      )}
      <p className="actions">
        <button type="button" onClick={onApply} disabled={applying}>
          Apply my change on top
        </button>
        <button type="button" className="secondary" onClick={onDiscard}>
          Drop my change
        </button>
      </p>
    </section>
  );
}
