import { MoveExclusionDocument } from "../graphql/move-exclusion.mutation.js";
import { useDraftMutation } from "./draft-mutation.js";

/** Move an exclusion clause to another position, at the revision it was read at. */
export function useMoveExclusion() {
  return useDraftMutation(MoveExclusionDocument);
}
