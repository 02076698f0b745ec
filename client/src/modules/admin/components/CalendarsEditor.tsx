import { useState } from "react";
import type { DraftDocument } from "../forms/draft-document.js";
import { useKeptDrafts } from "../hooks/useKeptDraft.js";
import { PlanPicker } from "./PlanPicker.js";
import { CalendarForm } from "./CalendarForm.js";

/** Each plan's support calendar, one plan at a time. */
export function CalendarsEditor({ doc }: { doc: DraftDocument }) {
  const [planKey, setPlanKey] = useState(doc.plans[0]?.key ?? "");
  // Typing in one plan's hours is kept while another plan is shown.
  const kept = useKeptDrafts();
  const plan = doc.plans.find((p) => p.key === planKey);
  if (!plan) return <p>The catalog has no plans yet.</p>;
  return (
    <>
      <PlanPicker doc={doc} value={planKey} onChange={setPlanKey} unsaved={kept} />
      <CalendarForm key={plan.key} plan={plan} kept={kept} />
    </>
  );
}
