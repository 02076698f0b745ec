import { useState, type FormEvent } from "react";
import { useAddFeatureGroup } from "../hooks/useAddFeatureGroup.js";
import { useDraftEdit } from "../hooks/useDraftEdit.js";

/** Adds a group of rows; new rows can then be put in it. */
export function NewGroupForm() {
  const { slug, save } = useDraftEdit();
  const add = useAddFeatureGroup();
  const [group, setGroup] = useState({ key: "", label: "" });
  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    const outcome = await save({
      what: `the new group "${group.label}"`,
      touches: [{ area: "FEATURE_GROUP", key: group.key }],
      send: (revision) => add.run({ slug, revision, group }),
    });
    if (outcome.saved) setGroup({ key: "", label: "" });
  };
  return (
    <form className="figures" onSubmit={(e) => void onSubmit(e)} aria-label="New group">
      <label>
        Group key
        <input value={group.key} onChange={(e) => setGroup({ ...group, key: e.target.value })} placeholder="channels" required />
      </label>
      <label>
        Group label
        <input value={group.label} onChange={(e) => setGroup({ ...group, label: e.target.value })} required />
      </label>
      <button type="submit">Add group</button>
    </form>
  );
}
