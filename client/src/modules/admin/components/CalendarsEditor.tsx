import type { DraftDocument } from "../forms/draft-document.js";
import { PlanPicker } from "./PlanPicker.js";
import { useEditorMemory, type EditorMemory } from "../hooks/useKeptDraft.js";
import { CalendarForm } from "./CalendarForm.js";

/** Each plan's support calendar, one plan at a time; `memory` as for PlansEditor (typing in one plan's hours is kept while another is shown). */
export function CalendarsEditor({ doc, memory }: { doc: DraftDocument; memory?: EditorMemory }) {
  const own = useEditorMemory(doc.plans[0]?.key);
  const { kept, picked: planKey, setPicked: setPlanKey } = memory ?? own;
  const plan = doc.plans.find((p) => p.key === planKey) ?? doc.plans[0];
  if (!plan) return <p>The catalog has no plans yet.</p>;
  return (
    <>
      <PlanPicker doc={doc} value={plan.key} onChange={setPlanKey} unsaved={kept} />
      <CalendarForm key={plan.key} plan={plan} kept={kept} />
    </>
  );
}
