import { useState, type FormEvent } from "react";
import { useAddExclusion } from "../hooks/useAddExclusion.js";
import { useAddPriority } from "../hooks/useAddPriority.js";
import { useAddRequestCategory } from "../hooks/useAddRequestCategory.js";
import { useDraftEdit } from "../hooks/useDraftEdit.js";
import { useRemoveExclusion } from "../hooks/useRemoveExclusion.js";
import { useRemovePriority } from "../hooks/useRemovePriority.js";
import { useRemoveRequestCategory } from "../hooks/useRemoveRequestCategory.js";

type Kind = "priority" | "exclusion" | "category";

/** Adds a priority, a clause or a request category at the end (its details are then edited above). */
export function AddClauseForm({ kind }: { kind: Kind }) {
  const { slug, save } = useDraftEdit();
  const addPriority = useAddPriority();
  const addExclusion = useAddExclusion();
  const addCategory = useAddRequestCategory();
  const [key, setKey] = useState("");
  const [text, setText] = useState("");
  const noun = { priority: "priority", exclusion: "clause", category: "request category" }[kind];

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    const send = (revision: number) =>
      kind === "priority"
        ? addPriority.run({ slug, revision, priority: { key, label: text } })
        : kind === "exclusion"
          ? addExclusion.run({ slug, revision, exclusion: { text } })
          : addCategory.run({ slug, revision, category: { key, label: text, creditKind: "FIXED", credits: 1 } });
    const area = { priority: "PRIORITY", exclusion: "EXCLUSION", category: "REQUEST_CATEGORY" }[kind];
    const outcome = await save({ what: `the new ${noun}`, touches: [{ area, key: key || "*" }], send });
    if (outcome.saved) {
      setKey("");
      setText("");
    }
  };
  return (
    <form className="figures" aria-label={`New ${noun}`} onSubmit={(e) => void onSubmit(e)}>
      {kind !== "exclusion" && (
        <label>
          Key
          <input value={key} onChange={(e) => setKey(e.target.value)} required />
        </label>
      )}
      <label>
        {kind === "exclusion" ? "Text" : "Label"}
        <input value={text} onChange={(e) => setText(e.target.value)} required />
      </label>
      <button type="submit">Add a {noun}</button>
    </form>
  );
}

/** Removes a priority (with every plan's target for it), a clause or a request category. */
export function RemoveClauseButton({ kind, id, label }: { kind: Kind; id: string | number; label: string }) {
  const { slug, save } = useDraftEdit();
  const removePriority = useRemovePriority();
  const removeExclusion = useRemoveExclusion();
  const removeCategory = useRemoveRequestCategory();
  const send = (revision: number) =>
    kind === "priority"
      ? removePriority.run({ slug, revision, key: String(id) })
      : kind === "exclusion"
        ? removeExclusion.run({ slug, revision, index: Number(id) })
        : removeCategory.run({ slug, revision, key: String(id) });
  const area = { priority: "PRIORITY", exclusion: "EXCLUSION", category: "REQUEST_CATEGORY" }[kind];
  return (
    <button type="button" className="secondary" onClick={() => void save({ what: `the removal of ${label}`, touches: [{ area, key: String(id) }], send })}>
      Remove {label}
    </button>
  );
}

