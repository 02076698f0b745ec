import { MovePriorityDocument } from "../graphql/move-priority.mutation.js";
import { useDraftMutation } from "./draft-mutation.js";

/** Move a priority to another position, at the revision it was read at. */
export function useMovePriority() {
  return useDraftMutation(MovePriorityDocument);
}
