import { UpdateFeatureDocument } from "../graphql/update-feature.mutation.js";
import { useDraftMutation } from "./draft-mutation.js";

/** Change a row (label, group, type), at the revision it was read at. */
export function useUpdateFeature() {
  return useDraftMutation(UpdateFeatureDocument);
}
