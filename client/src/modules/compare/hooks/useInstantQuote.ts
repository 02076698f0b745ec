import { useMutation } from "@apollo/client/react";
import { useState } from "react";
import type { InstantQuoteInput } from "../../../__generated__/compare/graphql.js";
import { CreateInstantQuoteDocument } from "../graphql/create-instant-quote.mutation.js";
import { newIdempotencyKey, publicFormProblem } from "../lib/public-form-problem.js";

/** The prospect makes their own quote from the figures on the page; a retry gets the same quote. */
export function useInstantQuote() {
  const [key] = useState(newIdempotencyKey);
  const [mutate, { data, loading, error }] = useMutation(CreateInstantQuoteDocument);
  const createQuote = (input: Omit<InstantQuoteInput, "idempotencyKey">) => mutate({ variables: { input: { ...input, idempotencyKey: key } } }).catch(() => undefined);
  return { createQuote, sending: loading, quote: data?.createInstantQuote ?? null, ...publicFormProblem(error) };
}
