import { SetLicenseEditionsDocument } from "../graphql/set-license-editions.mutation.js";
import { useDraftMutation } from "./draft-mutation.js";

/** Replace the license editions plans can require, at the revision it was read at. */
export function useSetLicenseEditions() {
  return useDraftMutation(SetLicenseEditionsDocument);
}
