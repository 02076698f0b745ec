import { UpdateCatalogInfoDocument } from "../graphql/update-catalog-info.mutation.js";
import { useDraftMutation } from "./draft-mutation.js";

/** Change the catalog's name, vendor, description, notes or approval threshold, at the revision it was read at. */
export function useUpdateCatalogInfo() {
  return useDraftMutation(UpdateCatalogInfoDocument);
}
