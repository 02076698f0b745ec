import { useId } from "react";
import type { DraftDocument } from "../forms/draft-document.js";

/** Which plan an editor shows; plans with unsaved typing kept aside say so. */
export function PlanPicker({ doc, value, onChange, unsaved }: { doc: DraftDocument; value: string; onChange: (key: string) => void; unsaved?: ReadonlyMap<string, unknown> }) {
  const id = useId();
  return (
    <p className="plan-picker">
      <label htmlFor={id} className="inline">
        Plan
      </label>{" "}
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        {doc.plans.map((p) => (
          <option key={p.key} value={p.key}>
            {p.key !== value && unsaved?.has(p.key) ? `${p.name} (not saved yet)` : p.name}
          </option>
        ))}
      </select>
    </p>
  );
}
