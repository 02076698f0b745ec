import { useId } from "react";
import type { DraftDocument } from "../forms/draft-document.js";

/** Which plan an editor shows. */
export function PlanPicker({ doc, value, onChange }: { doc: DraftDocument; value: string; onChange: (key: string) => void }) {
  const id = useId();
  return (
    <p className="plan-picker">
      <label htmlFor={id} className="inline">
        Plan
      </label>{" "}
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        {doc.plans.map((p) => (
          <option key={p.key} value={p.key}>
            {p.name}
          </option>
        ))}
      </select>
    </p>
  );
}
