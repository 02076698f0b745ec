import { useState } from "react";
import { Field } from "../../../shared/components/Field.js";
import type { DraftDocument } from "../forms/draft-document.js";
import { lines } from "../forms/field-checks.js";
import { useDraftEdit } from "../hooks/useDraftEdit.js";
import { useUpdateCatalogInfo } from "../hooks/useUpdateCatalogInfo.js";

/** The catalog's own facts: its name, the vendor, what it is about, the vendor's notes. */
export function InfoForm({ doc }: { doc: DraftDocument }) {
  const { slug, save } = useDraftEdit();
  const update = useUpdateCatalogInfo();
  const [f, setF] = useState({
    name: doc.name,
    vendor: doc.vendor ?? "",
    description: doc.description ?? "",
    guaranteeNote: doc.guaranteeNote ?? "",
    notes: doc.notes.join("\n"),
  });
  const [error, setError] = useState<string | null>(null);
  const nameError = f.name.trim() === "" ? "Give the catalog a name" : null;

  const onSave = async () => {
    const info = { name: f.name.trim(), vendor: f.vendor.trim(), description: f.description.trim(), guaranteeNote: f.guaranteeNote.trim(), notes: lines(f.notes) };
    const outcome = await save({
      what: "the catalog information",
      touches: ["name", "vendor", "description", "guaranteeNote", "notes"].map((key) => ({ area: "CATALOG", key })),
      send: (revision) => update.run({ slug, revision, info }),
    });
    setError(outcome.saved || outcome.conflict ? null : (outcome.problems[0]?.message ?? "Not saved"));
  };

  return (
    <form
      className="stack"
      aria-label="Catalog information"
      onSubmit={(e) => {
        e.preventDefault();
        void onSave();
      }}
    >
      <Field label="Name" error={nameError}>
        <input value={f.name} onChange={(e) => setF({ ...f, name: e.target.value })} />
      </Field>
      <Field label="Vendor">
        <input value={f.vendor} onChange={(e) => setF({ ...f, vendor: e.target.value })} />
      </Field>
      <Field label="Description">
        <textarea rows={3} value={f.description} onChange={(e) => setF({ ...f, description: e.target.value })} />
      </Field>
      <Field label="What the guarantee is about">
        <input value={f.guaranteeNote} onChange={(e) => setF({ ...f, guaranteeNote: e.target.value })} />
      </Field>
      <Field label="The vendor's notes" hint="One a line">
        <textarea rows={4} value={f.notes} onChange={(e) => setF({ ...f, notes: e.target.value })} />
      </Field>
      {error && <p className="field-error">{error}</p>}
      <button type="submit" disabled={nameError !== null || update.loading}>
        Save the information
      </button>
    </form>
  );
}
