import { MoveFeatureDocument } from "../graphql/move-feature.mutation.js";
import { useDraftMutation } from "./draft-mutation.js";

/** Move a row to another position, at the revision it was read at. */
export function useMoveFeature() {
  return useDraftMutation(MoveFeatureDocument);
}
