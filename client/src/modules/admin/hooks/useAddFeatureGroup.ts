import { AddFeatureGroupDocument } from "../graphql/add-feature-group.mutation.js";
import { useDraftMutation } from "./draft-mutation.js";

/** Add a group of rows, at the revision it was read at. */
export function useAddFeatureGroup() {
  return useDraftMutation(AddFeatureGroupDocument);
}
