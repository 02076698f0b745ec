import { useMutation } from "@apollo/client/react";
import { RejectQuoteDocument } from "../graphql/reject-quote.mutation.js";

/** An admin turns an approval request down, saying why (the rep reads it on the quote). */
export function useRejectQuote() {
  const [mutate, { loading }] = useMutation(RejectQuoteDocument, { refetchQueries: ["ApprovalQueueCount"] });
  const rejectQuote = async (id: string, lockVersion: number, reason: string) => (await mutate({ variables: { id, lockVersion, reason } })).data!.rejectQuote;
  return { rejectQuote, rejecting: loading };
}
