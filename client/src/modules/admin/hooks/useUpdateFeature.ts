import { UpdateFeatureDocument } from "../graphql/update-feature.mutation.js";
import { useDraftMutation } from "./draft-mutation.js";

/** Change a row's label, group or unit (its cells are kept), at the revision it was read at. */
export function useUpdateFeature() {
  return useDraftMutation(UpdateFeatureDocument);
}
