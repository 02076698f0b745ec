import type { DraftDocument } from "../forms/draft-document.js";
import { useDraftEdit } from "../hooks/useDraftEdit.js";
import { useMoveFeatureGroup } from "../hooks/useMoveFeatureGroup.js";
import { useRemoveFeatureGroup } from "../hooks/useRemoveFeatureGroup.js";
import { NewGroupForm } from "./NewGroupForm.js";

/** The groups rows are filed under, in order: moved by their buttons, removed (their rows stay). */
export function GroupList({ doc }: { doc: DraftDocument }) {
  const { slug, save } = useDraftEdit();
  const move = useMoveFeatureGroup();
  const remove = useRemoveFeatureGroup();
  const groups = doc.featureGroups;
  const moveTo = (key: string, label: string, position: number) =>
    void save({ what: `the position of the group "${label}"`, touches: [{ area: "FEATURE_GROUP", key: "order" }], send: (revision) => move.run({ slug, revision, key, position }) });
  return (
    <section aria-labelledby="groups-title" className="card">
      <h2 id="groups-title">Groups of rows</h2>
      {groups.length === 0 ? (
        <p className="muted">None: the rows are not grouped.</p>
      ) : (
        <ol>
          {groups.map((g, i) => (
            <li key={g.key}>
              {g.label}{" "}
              <button type="button" className="icon" aria-label={`Move group ${g.label} up`} disabled={i === 0} onClick={() => moveTo(g.key, g.label, i - 1)}>
                ↑
              </button>
              <button type="button" className="icon" aria-label={`Move group ${g.label} down`} disabled={i === groups.length - 1} onClick={() => moveTo(g.key, g.label, i + 1)}>
                ↓
              </button>
              <button
                type="button"
                className="icon"
                aria-label={`Remove group ${g.label}`}
                onClick={() => void save({ what: `the removal of the group "${g.label}"`, touches: [{ area: "FEATURE_GROUP", key: g.key }], send: (revision) => remove.run({ slug, revision, key: g.key }) })}
              >
                ✕
              </button>
            </li>
          ))}
        </ol>
      )}
      <NewGroupForm />
    </section>
  );
}
