import type { PlanHeading_PlanFragment } from "../graphql/plan-heading.fragment.js";

/** A plan's name and tagline, and how it is bought when that is not on its own. */
export function PlanHeading({ plan }: { plan: PlanHeading_PlanFragment }) {
  const addOnOnly = plan.availability.length === 1 && plan.availability[0] === "ADD_ON";
  return (
    <>
      <div className="plan-name">{plan.name}</div>
      {plan.tagline && <div className="muted small">{plan.tagline}</div>}
      {addOnOnly && <div className="badge">Add-on</div>}
      {plan.includedWith && <div className="muted small">Included with {plan.includedWith}</div>}
    </>
  );
}
