import { RemoveExclusionDocument } from "../graphql/remove-exclusion.mutation.js";
import { useDraftMutation } from "./draft-mutation.js";

/** Remove an exclusion clause, at the revision it was read at. */
export function useRemoveExclusion() {
  return useDraftMutation(RemoveExclusionDocument);
}
