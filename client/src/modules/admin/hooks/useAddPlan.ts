import { AddPlanDocument } from "../graphql/add-plan.mutation.js";
import { useDraftMutation } from "./draft-mutation.js";

/** Add a plan at the end, at the revision it was read at. */
export function useAddPlan() {
  return useDraftMutation(AddPlanDocument);
}
