import { useMutation } from "@apollo/client/react";
import { ApproveQuoteDocument } from "../graphql/approve-quote.mutation.js";

/** Approve the discounts of a draft quote (admins). */
export function useApproveQuote() {
  const [mutate, { loading }] = useMutation(ApproveQuoteDocument);
  const approveDiscounts = async (id: string, lockVersion: number) => (await mutate({ variables: { id, lockVersion } })).data!.approveQuoteDiscount;
  return { approveDiscounts, approving: loading };
}
