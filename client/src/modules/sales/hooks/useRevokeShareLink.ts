import { useMutation } from "@apollo/client/react";
import { RevokeLinkDocument } from "../graphql/revoke-link.mutation.js";

/** Withdraw a share link: it opens nothing from then on. */
export function useRevokeShareLink() {
  const [mutate, { loading }] = useMutation(RevokeLinkDocument);
  const revokeShareLink = async (quoteId: string, linkId: string) => (await mutate({ variables: { quoteId, linkId } })).data!.revokeShareLink;
  return { revokeShareLink, revoking: loading };
}
