import { useMutation } from "@apollo/client/react";
import type { TypedDocumentNode } from "@apollo/client";
import { errorField, errorMessage } from "../../../shared/error-message.js";

/** The queries a request action changes: the queue and the count in the navigation. */
const REFETCH = ["QuoteRequests", "OpenQuoteRequests"];

/** One action on a request; failures come back worded with the field they are about, not thrown. */
export function useRequestAction<D, V extends Record<string, unknown>>(document: TypedDocumentNode<D, V>) {
  const [mutate, { loading, error }] = useMutation(document, { refetchQueries: REFETCH });
  const run = (variables: V) => mutate({ variables } as never).then((r) => r.data ?? null).catch(() => null);
  return { run, busy: loading, error: errorMessage(error), errorField: errorField(error) };
}
