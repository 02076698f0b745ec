import { TakeQuoteRequestDocument } from "../graphql/take-request.mutation.js";
import { useRequestAction } from "./useRequestAction.js";

/** The signed-in rep takes a request: it shows as theirs. */
export function useTakeRequest() {
  const { run, ...state } = useRequestAction(TakeQuoteRequestDocument);
  return { take: (id: string) => run({ id }), ...state };
}
