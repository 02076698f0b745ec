import { AddExclusionDocument } from "../graphql/add-exclusion.mutation.js";
import { useDraftMutation } from "./draft-mutation.js";

/** Add an exclusion clause at the end, at the revision it was read at. */
export function useAddExclusion() {
  return useDraftMutation(AddExclusionDocument);
}
