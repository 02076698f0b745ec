import { useMutation } from "@apollo/client/react";
import type { InstantQuoteInput } from "../../../__generated__/compare/graphql.js";
import { useIdempotencyKey } from "../../../shared/hooks/useIdempotencyKey.js";
import { CreateInstantQuoteDocument } from "../graphql/lazy/create-instant-quote.mutation.js";
import { publicFormProblem } from "../lib/public-form-problem.js";

/** The prospect makes their own quote from the figures on the page; a retry of the same form gets the same quote. */
export function useInstantQuote() {
  const intent = useIdempotencyKey();
  const [mutate, { data, loading, error }] = useMutation(CreateInstantQuoteDocument);
  const createQuote = (input: Omit<InstantQuoteInput, "idempotencyKey">) =>
    mutate({ variables: { input: { ...input, idempotencyKey: intent.keyFor(input) } } })
      .then((result) => (intent.succeeded(), result))
      .catch(() => undefined);
  return { createQuote, sending: loading, quote: data?.createInstantQuote ?? null, ...publicFormProblem(error) };
}
