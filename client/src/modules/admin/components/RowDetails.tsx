import { useState, type FormEvent } from "react";
import type { DocFeature, DraftDocument } from "../forms/draft-document.js";
import { useDraftEdit } from "../hooks/useDraftEdit.js";
import { useUpdateFeature } from "../hooks/useUpdateFeature.js";

/** A row's label, group and unit, behind a disclosure in its heading cell. */
export function RowDetails({ feature, groups }: { feature: DocFeature; groups: DraftDocument["featureGroups"] }) {
  const { slug, save } = useDraftEdit();
  const update = useUpdateFeature();
  const [f, setF] = useState({ label: feature.label, group: feature.group ?? "", unit: feature.unit ?? "" });
  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    await save({
      what: `the row "${f.label}"`,
      touches: [{ area: "FEATURE", key: feature.key }],
      send: (revision) =>
        update.run({ slug, revision, key: feature.key, feature: { key: feature.key, label: f.label.trim(), group: f.group || null, unit: f.unit.trim() || null } }),
    });
  };
  return (
    <details className="row-details">
      <summary aria-label={`Edit the row ${feature.label}`}>✎</summary>
      <form className="stack" aria-label={`Row ${feature.label}`} onSubmit={(e) => void onSubmit(e)}>
        <label>
          Label
          <input value={f.label} onChange={(e) => setF({ ...f, label: e.target.value })} required />
        </label>
        <label>
          Group
          <select value={f.group} onChange={(e) => setF({ ...f, group: e.target.value })}>
            <option value="">none</option>
            {groups.map((g) => (
              <option key={g.key} value={g.key}>
                {g.label}
              </option>
            ))}
          </select>
        </label>
        {feature.type === "NUMBER" && (
          <label>
            Unit
            <input value={f.unit} onChange={(e) => setF({ ...f, unit: e.target.value })} placeholder="contacts" />
          </label>
        )}
        <button type="submit" disabled={f.label.trim() === ""}>
          Save the row
        </button>
      </form>
    </details>
  );
}
