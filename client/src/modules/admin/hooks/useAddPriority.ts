import { AddPriorityDocument } from "../graphql/add-priority.mutation.js";
import { useDraftMutation } from "./draft-mutation.js";

/** Add a priority at the end, at the revision it was read at. */
export function useAddPriority() {
  return useDraftMutation(AddPriorityDocument);
}
