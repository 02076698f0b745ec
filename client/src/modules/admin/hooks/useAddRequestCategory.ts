import { AddRequestCategoryDocument } from "../graphql/add-request-category.mutation.js";
import { useDraftMutation } from "./draft-mutation.js";

/** Add a request category at the end, at the revision it was read at. */
export function useAddRequestCategory() {
  return useDraftMutation(AddRequestCategoryDocument);
}
