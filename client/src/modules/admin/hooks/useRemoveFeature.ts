import { RemoveFeatureDocument } from "../graphql/remove-feature.mutation.js";
import { useDraftMutation } from "./draft-mutation.js";

/** Remove a row with its cells, at the revision it was read at. */
export function useRemoveFeature() {
  return useDraftMutation(RemoveFeatureDocument);
}
