import { UpdateExclusionDocument } from "../graphql/update-exclusion.mutation.js";
import { useDraftMutation } from "./draft-mutation.js";

/** Change an exclusion clause and the plans it concerns, at the revision it was read at. */
export function useUpdateExclusion() {
  return useDraftMutation(UpdateExclusionDocument);
}
