import { RemovePriorityDocument } from "../graphql/remove-priority.mutation.js";
import { useDraftMutation } from "./draft-mutation.js";

/** Remove a priority and every plan's target for it, at the revision it was read at. */
export function useRemovePriority() {
  return useDraftMutation(RemovePriorityDocument);
}
