import { useState, type FormEvent } from "react";
import type { DraftDocument } from "../forms/draft-document.js";
import { useAddPlan } from "../hooks/useAddPlan.js";
import { useDraftEdit } from "../hooks/useDraftEdit.js";
import { useMovePlan } from "../hooks/useMovePlan.js";
import { useRemovePlan } from "../hooks/useRemovePlan.js";

/** The shown plan moved between columns or removed; a new plan added (priced on request until its form says otherwise). */
export function PlanListActions({ doc, planKey, onAdded }: { doc: DraftDocument; planKey: string; onAdded: (key: string) => void }) {
  const { slug, save } = useDraftEdit();
  const add = useAddPlan();
  const move = useMovePlan();
  const remove = useRemovePlan();
  const [plan, setPlan] = useState({ key: "", name: "" });
  const index = doc.plans.findIndex((p) => p.key === planKey);
  const name = doc.plans[index]?.name ?? planKey;
  const moveTo = (position: number) =>
    void save({ what: `the column of the plan ${name}`, touches: [{ area: "PLAN", key: "order" }], send: (revision) => move.run({ slug, revision, key: planKey, position }) });
  const onAdd = async (e: FormEvent) => {
    e.preventDefault();
    const outcome = await save({
      what: `the new plan ${plan.name}`,
      touches: [{ area: "PLAN", key: plan.key }],
      send: (revision) => add.run({ slug, revision, plan: { key: plan.key, name: plan.name, pricing: { kind: "QUOTE_BASED" } } }),
    });
    if (outcome.saved) {
      onAdded(plan.key);
      setPlan({ key: "", name: "" });
    }
  };
  return (
    <>
      {index >= 0 && (
        <p className="actions">
          <button type="button" className="secondary" disabled={index <= 0} onClick={() => moveTo(index - 1)}>
            Move {name} left
          </button>
          <button type="button" className="secondary" disabled={index < 0 || index >= doc.plans.length - 1} onClick={() => moveTo(index + 1)}>
            Move {name} right
          </button>
          <button
            type="button"
            className="secondary"
            onClick={() => void save({ what: `the removal of the plan ${name}`, touches: [{ area: "PLAN", key: planKey }], send: (revision) => remove.run({ slug, revision, key: planKey }) })}
          >
            Remove {name}
          </button>
        </p>
      )}
      <form className="figures" aria-label="New plan" onSubmit={(e) => void onAdd(e)}>
        <label>
          Plan key
          <input value={plan.key} onChange={(e) => setPlan({ ...plan, key: e.target.value })} placeholder="gold" required />
        </label>
        <label>
          Plan name
          <input value={plan.name} onChange={(e) => setPlan({ ...plan, name: e.target.value })} required />
        </label>
        <button type="submit">Add a plan</button>
      </form>
    </>
  );
}
