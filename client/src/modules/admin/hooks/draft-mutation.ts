import { useMutation } from "@apollo/client/react";
import type { TypedDocumentNode } from "@apollo/client";
import { DRAFT_VIEWS } from "./draft-views.js";

/** A draft mutation that reads the draft views again once it is saved. */
export function useDraftMutation<TData, TVariables extends Record<string, unknown>>(document: TypedDocumentNode<TData, TVariables>) {
  const [mutate, { loading }] = useMutation<TData, TVariables>(document, { refetchQueries: DRAFT_VIEWS, awaitRefetchQueries: true });
  // Apollo's option tuple does not narrow for a generic TVariables; the variables are typed by the document.
  const send = mutate as unknown as (options: { variables: TVariables }) => Promise<{ data?: TData | null }>;
  const run = async (variables: TVariables) => (await send({ variables })).data as TData;
  return { run, loading };
}
