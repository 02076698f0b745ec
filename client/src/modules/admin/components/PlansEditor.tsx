import type { DraftDocument } from "../forms/draft-document.js";
import { useEditorMemory, type EditorMemory } from "../hooks/useKeptDraft.js";
import { PlanForm } from "./PlanForm.js";
import { PlanListActions } from "./PlanListActions.js";
import { PlanPicker } from "./PlanPicker.js";

/**
 * Each plan's facts: names, who it is for, how it is bought and priced, its limits; plans added,
 * moved, removed. `memory` (the draft editor's) keeps the plan shown and what was typed while
 * another tab is open; without it they last as long as this editor.
 */
export function PlansEditor({ doc, memory }: { doc: DraftDocument; memory?: EditorMemory }) {
  const own = useEditorMemory(doc.plans[0]?.key);
  const { kept, picked, setPicked } = memory ?? own;
  // A removed plan falls back to the first one.
  const planKey = doc.plans.some((p) => p.key === picked) ? picked : (doc.plans[0]?.key ?? "");
  const index = doc.plans.findIndex((p) => p.key === planKey);
  return (
    <>
      {index >= 0 && <PlanPicker doc={doc} value={planKey} onChange={setPicked} unsaved={kept} />}
      <PlanListActions doc={doc} planKey={planKey} onAdded={setPicked} />
      {index >= 0 ? <PlanForm key={planKey} doc={doc} index={index} kept={kept} /> : <p>The catalog has no plans yet.</p>}
    </>
  );
}
