import { MovePlanDocument } from "../graphql/move-plan.mutation.js";
import { useDraftMutation } from "./draft-mutation.js";

/** Move a plan to another column, at the revision it was read at. */
export function useMovePlan() {
  return useDraftMutation(MovePlanDocument);
}
