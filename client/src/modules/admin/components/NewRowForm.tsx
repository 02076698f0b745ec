import { useState, type FormEvent } from "react";
import type { FeatureInput } from "../../../__generated__/admin/graphql.js";
import type { DraftDocument } from "../forms/draft-document.js";
import { useAddFeature } from "../hooks/useAddFeature.js";
import { useDraftEdit } from "../hooks/useDraftEdit.js";

/** Adds a row: typed cells, or a row derived from a plan fact (the server computes its cells). */
export function NewRowForm({ doc }: { doc: DraftDocument }) {
  const { slug, save } = useDraftEdit();
  const { addFeature } = useAddFeature();
  const [row, setRow] = useState({ key: "", label: "", valueType: "BOOLEAN", group: "" });

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    // "fact:SLA:p1" adds a row derived from a plan fact.
    const [, kind, priority] = row.valueType.split(":");
    const group = row.group || null;
    const feature = row.valueType.startsWith("fact:")
      ? { key: row.key, label: row.label, group, source: { kind, priorityKeys: priority ? [priority] : [] } }
      : { key: row.key, label: row.label, group, valueType: row.valueType };
    const outcome = await save({
      what: `the new row "${row.label}"`,
      touches: [{ area: "FEATURE", key: row.key }],
      send: (revision) => addFeature({ slug, revision, feature: feature as FeatureInput }),
    });
    if (outcome.saved) setRow({ ...row, key: "", label: "" });
  };

  return (
    <form className="figures" onSubmit={(e) => void onSubmit(e)} aria-label="New row">
      <label>
        Row key
        <input value={row.key} onChange={(e) => setRow({ ...row, key: e.target.value })} placeholder="phone-support" required />
      </label>
      <label>
        Label
        <input value={row.label} onChange={(e) => setRow({ ...row, label: e.target.value })} required />
      </label>
      <label>
        Group
        <select value={row.group} onChange={(e) => setRow({ ...row, group: e.target.value })}>
          <option value="">none</option>
          {doc.featureGroups.map((g) => (
            <option key={g.key} value={g.key}>
              {g.label}
            </option>
          ))}
        </select>
      </label>
      <label>
        Cells hold
        <select value={row.valueType} onChange={(e) => setRow({ ...row, valueType: e.target.value })}>
          <option value="BOOLEAN">✓ / ✗</option>
          <option value="TEXT">text</option>
          <option value="NUMBER">a number</option>
          <option value="DURATION">a duration</option>
          <option value="LIST">a list</option>
          <option value="fact:PRICE">the price (from each plan's pricing)</option>
          <option value="fact:SUPPORT_HOURS">the support hours (from each plan's calendar)</option>
          <option value="fact:AUTHORIZED_CONTACTS">the authorized contacts (from each plan)</option>
          {doc.priorities.map((pr) => (
            <option key={pr.key} value={`fact:SLA:${pr.key}`}>
              first response, {pr.label} (from each plan's target)
            </option>
          ))}
        </select>
      </label>
      <button type="submit">Add row</button>
    </form>
  );
}
