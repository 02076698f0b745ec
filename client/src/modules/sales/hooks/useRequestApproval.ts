import { useMutation } from "@apollo/client/react";
import { RequestApprovalDocument } from "../graphql/request-approval.mutation.js";

/** The owner asks an admin to approve the draft as it stands, with a note; it joins the queue. */
export function useRequestApproval() {
  const [mutate, { loading }] = useMutation(RequestApprovalDocument, { refetchQueries: ["ApprovalQueueCount"] });
  const requestApproval = async (id: string, note: string) => (await mutate({ variables: { id, note: note.trim() || null } })).data!.requestQuoteApproval;
  return { requestApproval, requesting: loading };
}
