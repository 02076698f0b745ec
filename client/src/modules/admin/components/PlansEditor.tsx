import { useState } from "react";
import type { DraftDocument } from "../forms/draft-document.js";
import { PlanPicker } from "./PlanPicker.js";
import { PlanForm } from "./PlanForm.js";

/** Each plan's facts: names, who it is for, how it is bought and priced, its limits. */
export function PlansEditor({ doc }: { doc: DraftDocument }) {
  const [planKey, setPlanKey] = useState(doc.plans[0]?.key ?? "");
  const index = doc.plans.findIndex((p) => p.key === planKey);
  if (index < 0) return <p>The catalog has no plans yet: add them as JSON.</p>;
  return (
    <>
      <PlanPicker doc={doc} value={planKey} onChange={setPlanKey} />
      <PlanForm key={planKey} doc={doc} index={index} />
    </>
  );
}
