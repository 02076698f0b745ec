import { SetGuaranteeBandsDocument } from "../graphql/set-guarantee-bands.mutation.js";
import { useDraftMutation } from "./draft-mutation.js";

/** Replace the guarantee bands, at the revision it was read at. */
export function useSetGuaranteeBands() {
  return useDraftMutation(SetGuaranteeBandsDocument);
}
