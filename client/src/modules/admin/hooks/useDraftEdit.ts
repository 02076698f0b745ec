import { useContext } from "react";
import { DraftEditContext, type DraftEditApi } from "./draft-edit-context.js";

/** The draft being edited, and `save`, which runs an edit on its current revision. */
export function useDraftEdit(): DraftEditApi {
  const api = useContext(DraftEditContext);
  if (!api) throw new Error("useDraftEdit is used outside a draft editor");
  return api;
}
