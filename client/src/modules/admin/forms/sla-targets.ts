import type { SlaTargetInput } from "../../../__generated__/admin/graphql.js";
import type { DraftDocument, Target } from "./draft-document.js";

/** A plan's targets as the draft holds them now, with one priority's target set (or removed with null). */
export function slaTargetsWith(doc: DraftDocument, planKey: string, priorityKey: string, target: Target | null): SlaTargetInput[] {
  const plan = doc.plans.find((p) => p.key === planKey);
  const targets = { ...(plan?.sla ?? {}) };
  if (target) targets[priorityKey] = target;
  else delete targets[priorityKey];
  // In the catalog's priority order, so the saved document reads the same as the grid.
  return doc.priorities.flatMap((p) => (targets[p.key] ? [{ priorityKey: p.key, ...targets[p.key] }] : []));
}
