import type { PlanInput, PricingRuleInput } from "../../../__generated__/admin/graphql.js";
import type { DocPlan, DraftDocument } from "./draft-document.js";

/** The plan's pricing rule as the API takes it back. */
export function pricingInput(plan: DocPlan): PricingRuleInput {
  const { kind, percent, amount, period, minimum, maximum, packs, note, editorNote, guidance } = plan.pricing;
  return { kind, percent, amount, period, minimum, maximum, packs, note, editorNote, guidance: guidance ?? null };
}

/**
 * An updatePlan input that changes only `changes` on the plan as the draft holds it now
 * (name and pricing are required by the API, so they are sent as they are unless changed).
 */
export function planPatch(doc: DraftDocument, key: string, changes: Partial<PlanInput>): PlanInput {
  const plan = doc.plans.find((p) => p.key === key);
  if (!plan) throw new Error(`The plan "${key}" is no longer in the draft`);
  return { key, name: plan.name, pricing: pricingInput(plan), ...changes };
}
