import { MoveRequestCategoryDocument } from "../graphql/move-request-category.mutation.js";
import { useDraftMutation } from "./draft-mutation.js";

/** Move a request category to another position, at the revision it was read at. */
export function useMoveRequestCategory() {
  return useDraftMutation(MoveRequestCategoryDocument);
}
