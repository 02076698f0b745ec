import { useState } from "react";
import type { DraftDocument } from "../forms/draft-document.js";
import { useDraftEdit } from "../hooks/useDraftEdit.js";
import { useSetLicenseEditions } from "../hooks/useSetLicenseEditions.js";

/** The license editions of the vendor's product that plans can require ("Pro", "Enterprise"). */
export function EditionsForm({ doc }: { doc: DraftDocument }) {
  const { slug, save } = useDraftEdit();
  const set = useSetLicenseEditions();
  const [rows, setRows] = useState(() => (doc.licenseEditions ?? []).map((e) => ({ ...e })));
  const [error, setError] = useState<string | null>(null);
  const edit = (i: number, next: Partial<(typeof rows)[number]>) => setRows(rows.map((r, j) => (j === i ? { ...r, ...next } : r)));
  const onSave = async () => {
    const editions = rows.map((r) => ({ key: r.key.trim(), label: r.label.trim() }));
    const outcome = await save({ what: "the license editions", touches: [{ area: "LICENSE_EDITION", key: "*" }], send: (revision) => set.run({ slug, revision, editions }) });
    setError(outcome.saved || outcome.conflict ? null : (outcome.problems[0]?.message ?? "Not saved"));
  };
  return (
    <form
      className="stack"
      aria-label="License editions"
      onSubmit={(e) => {
        e.preventDefault();
        void onSave();
      }}
    >
      <h2>License editions</h2>
      {rows.length === 0 && <p className="muted">None: plans are sold with any license.</p>}
      {rows.map((r, i) => (
        <div key={i} className="figures">
          <label>
            Edition {i + 1} key
            <input value={r.key} onChange={(e) => edit(i, { key: e.target.value })} required />
          </label>
          <label>
            Edition {i + 1} label
            <input value={r.label} onChange={(e) => edit(i, { label: e.target.value })} required />
          </label>
          <button type="button" className="secondary" onClick={() => setRows(rows.filter((_, j) => j !== i))}>
            Remove edition {i + 1}
          </button>
        </div>
      ))}
      {error && <p className="field-error">{error}</p>}
      <p className="actions">
        <button type="button" className="secondary" onClick={() => setRows([...rows, { key: "", label: "" }])}>
          Add an edition
        </button>
        <button type="submit" disabled={set.loading}>
          Save the editions
        </button>
      </p>
    </form>
  );
}
