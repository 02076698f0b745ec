import { navigate } from "../../../shared/router.js";
import { ConvertQuoteRequestDocument } from "../graphql/convert-request.mutation.js";
import { useRequestAction } from "./useRequestAction.js";

/** Turns a request into a draft quote with its figures filled in, and opens the draft. */
export function useConvertRequest() {
  const { run, ...state } = useRequestAction(ConvertQuoteRequestDocument);
  const convert = async (id: string) => {
    const data = await run({ id });
    if (data) navigate(`/quotes/${data.convertQuoteRequest.quote.id}`);
  };
  return { convert, ...state };
}
