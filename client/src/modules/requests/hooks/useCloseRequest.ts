import { CloseQuoteRequestDocument } from "../graphql/close-request.mutation.js";
import { useRequestAction } from "./useRequestAction.js";

/** Closes a request without a quote, with the reason. */
export function useCloseRequest() {
  const { run, ...state } = useRequestAction(CloseQuoteRequestDocument);
  return { close: (id: string, reason: string) => run({ id, reason }), ...state };
}
