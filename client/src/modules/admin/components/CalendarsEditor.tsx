import { useState } from "react";
import type { DraftDocument } from "../forms/draft-document.js";
import { CalendarForm } from "./CalendarForm.js";

/** Each plan's support calendar, one plan at a time. */
export function CalendarsEditor({ doc }: { doc: DraftDocument }) {
  const [planKey, setPlanKey] = useState(doc.plans[0]?.key ?? "");
  const plan = doc.plans.find((p) => p.key === planKey);
  if (!plan) return <p>The catalog has no plans yet.</p>;
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
      <CalendarForm key={plan.key} plan={plan} />
    </>
  );
}
