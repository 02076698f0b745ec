import { useMutation } from "@apollo/client/react";
import { ApproveQuoteDocument } from "../graphql/approve-quote.mutation.js";

/** An admin approves a draft as it stands; it leaves the approval queue. */
export function useApproveQuote() {
  const [mutate, { loading }] = useMutation(ApproveQuoteDocument, { refetchQueries: ["ApprovalQueueCount"] });
  const approveQuote = async (id: string, lockVersion: number) => (await mutate({ variables: { id, lockVersion } })).data!.approveQuote;
  return { approveQuote, approving: loading };
}
