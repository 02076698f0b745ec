import { useState } from "react";
import type { DraftDocument } from "../forms/draft-document.js";
import { PlanForm } from "./PlanForm.js";

/** Each plan's facts: names, who it is for, how it is bought and priced, its limits. */
export function PlansEditor({ doc }: { doc: DraftDocument }) {
  const [planKey, setPlanKey] = useState(doc.plans[0]?.key ?? "");
  const index = doc.plans.findIndex((p) => p.key === planKey);
  if (index < 0) return <p>The catalog has no plans yet: add them as JSON.</p>;
  return (
    <>
      <label className="inline">
        Plan{" "}
        <select value={planKey} onChange={(e) => setPlanKey(e.target.value)}>
          {doc.plans.map((p) => (
            <option key={p.key} value={p.key}>
              {p.name}
            </option>
          ))}
        </select>
      </label>
      <PlanForm key={planKey} doc={doc} index={index} />
    </>
  );
}
