import { RemoveRequestCategoryDocument } from "../graphql/remove-request-category.mutation.js";
import { useDraftMutation } from "./draft-mutation.js";

/** Remove a request category, at the revision it was read at. */
export function useRemoveRequestCategory() {
  return useDraftMutation(RemoveRequestCategoryDocument);
}
