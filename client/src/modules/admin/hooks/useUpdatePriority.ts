import { UpdatePriorityDocument } from "../graphql/update-priority.mutation.js";
import { useDraftMutation } from "./draft-mutation.js";

/** Change a priority's label, definition or examples, at the revision it was read at. */
export function useUpdatePriority() {
  return useDraftMutation(UpdatePriorityDocument);
}
