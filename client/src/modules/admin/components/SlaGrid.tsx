import { useState } from "react";
import type { SlaUnit } from "../../../__generated__/admin/graphql.js";
import type { DocPlan, DraftDocument, Target } from "../forms/draft-document.js";
import { numberError } from "../forms/field-checks.js";
import { planPatch } from "../forms/plan-input.js";
import { slaTargetsWith } from "../forms/sla-targets.js";
import { useDraftEdit } from "../hooks/useDraftEdit.js";
import { useUpdatePlan } from "../hooks/useUpdatePlan.js";

const UNITS: { value: SlaUnit; label: string }[] = [
  { value: "BUSINESS_HOURS", label: "business hours" },
  { value: "CALENDAR_MINUTES", label: "minutes" },
  { value: "CALENDAR_HOURS", label: "hours" },
  { value: "CALENDAR_DAYS", label: "days" },
];

/** First-response targets: plans as rows, priorities as columns, each cell a time and its unit. */
export function SlaGrid({ doc }: { doc: DraftDocument }) {
  if (doc.priorities.length === 0) return <p>The catalog has no priorities yet: add them under "Priorities, clauses, requests".</p>;
  return (
    <div className="matrix-wrap">
      <table className="matrix sla-grid">
        <caption>First response targets. Leave a time empty for no target.</caption>
        <thead>
          <tr>
            <th scope="col">Plan</th>
            {doc.priorities.map((p) => (
              <th key={p.key} scope="col">
                {p.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {doc.plans.map((plan) => (
            <tr key={plan.key}>
              <th scope="row">{plan.name}</th>
              {doc.priorities.map((pr) => (
                <td key={pr.key}>
                  <TargetCell plan={plan} priorityKey={pr.key} priorityLabel={pr.label} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function TargetCell({ plan, priorityKey, priorityLabel }: { plan: DocPlan; priorityKey: string; priorityLabel: string }) {
  const { slug, save } = useDraftEdit();
  const update = useUpdatePlan();
  const saved: Target | undefined = plan.sla[priorityKey];
  const [amount, setAmount] = useState(saved?.amount ?? "");
  const [unit, setUnit] = useState<SlaUnit>(saved?.unit ?? "BUSINESS_HOURS");
  const [error, setError] = useState<string | null>(null);
  const name = `${plan.name}, ${priorityLabel}`;
  const errorId = `sla-${plan.key}-${priorityKey}-error`;

  const commit = async (nextAmount: string, nextUnit: SlaUnit) => {
    const typed = numberError(nextAmount, "time");
    setError(typed);
    if (typed || (nextAmount.trim() === (saved?.amount ?? "") && nextUnit === (saved?.unit ?? nextUnit))) return;
    const target = nextAmount.trim() === "" ? null : { amount: nextAmount.trim(), unit: nextUnit, note: saved?.note ?? null };
    const outcome = await save({
      what: `the ${priorityLabel} target of ${plan.name}`,
      touches: [{ area: "PLAN", key: plan.key, field: "sla" }],
      send: (revision, doc) => update.run({ slug, revision, key: plan.key, plan: planPatch(doc, plan.key, { slaTargets: slaTargetsWith(doc, plan.key, priorityKey, target) }) }),
    });
    if (!outcome.saved && !outcome.conflict) setError(outcome.problems[0]?.message ?? "The target was not saved");
  };

  return (
    <div className="target-cell">
      <input
        className="short"
        inputMode="decimal"
        aria-label={`${name}, time`}
        value={amount}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        onChange={(e) => {
          setAmount(e.target.value);
          setError(numberError(e.target.value, "time"));
        }}
        onBlur={() => void commit(amount, unit)}
        onKeyDown={(e) => e.key === "Enter" && (e.target as HTMLInputElement).blur()}
      />
      <select
        aria-label={`${name}, unit`}
        value={unit}
        onChange={(e) => {
          const next = e.target.value as SlaUnit;
          setUnit(next);
          if (amount.trim() !== "") void commit(amount, next);
        }}
      >
        {UNITS.map((u) => (
          <option key={u.value} value={u.value}>
            {u.label}
          </option>
        ))}
      </select>
      {error && (
        <span id={errorId} className="field-error">
          {error}
        </span>
      )}
    </div>
  );
}
