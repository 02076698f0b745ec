import { useMutation } from "@apollo/client/react";
import { AssignQuoteDocument } from "../graphql/assign-quote.mutation.js";

/** An admin hands a quote to another user, who then owns it. */
export function useAssignQuote() {
  const [mutate, { loading }] = useMutation(AssignQuoteDocument);
  const assignQuote = async (id: string, ownerId: string) => (await mutate({ variables: { id, ownerId } })).data!.assignQuote;
  return { assignQuote, assigning: loading };
}
