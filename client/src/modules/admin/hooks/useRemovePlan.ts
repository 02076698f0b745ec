import { RemovePlanDocument } from "../graphql/remove-plan.mutation.js";
import { useDraftMutation } from "./draft-mutation.js";

/** Remove a plan with its cells and the references to it, at the revision it was read at. */
export function useRemovePlan() {
  return useDraftMutation(RemovePlanDocument);
}
