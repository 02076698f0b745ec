import { UpdatePlanDocument } from "../graphql/update-plan.mutation.js";
import { useDraftMutation } from "./draft-mutation.js";

/** Change the fields of one plan given (the pricing rule as a whole), at the revision it was read at. */
export function useUpdatePlan() {
  return useDraftMutation(UpdatePlanDocument);
}
