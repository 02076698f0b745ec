import { MoveFeatureGroupDocument } from "../graphql/move-feature-group.mutation.js";
import { useDraftMutation } from "./draft-mutation.js";

/** Move a group of rows to another position, at the revision it was read at. */
export function useMoveFeatureGroup() {
  return useDraftMutation(MoveFeatureGroupDocument);
}
