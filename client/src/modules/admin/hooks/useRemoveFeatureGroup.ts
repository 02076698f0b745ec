import { RemoveFeatureGroupDocument } from "../graphql/remove-feature-group.mutation.js";
import { useDraftMutation } from "./draft-mutation.js";

/** Remove a group (its rows stay, without a group), at the revision it was read at. */
export function useRemoveFeatureGroup() {
  return useDraftMutation(RemoveFeatureGroupDocument);
}
