import { UpdateRequestCategoryDocument } from "../graphql/update-request-category.mutation.js";
import { useDraftMutation } from "./draft-mutation.js";

/** Change a request category and its credit rule, at the revision it was read at. */
export function useUpdateRequestCategory() {
  return useDraftMutation(UpdateRequestCategoryDocument);
}
