import { useMutation } from "@apollo/client/react";
import { CreateLinkDocument } from "../graphql/create-link.mutation.js";

/** A new share link for a sent quote (its URL is shown once); the quote is read again to list it. */
export function useCreateShareLink() {
  const [mutate, { loading }] = useMutation(CreateLinkDocument, { refetchQueries: ["Quote"] });
  const createShareLink = async (quoteId: string) => (await mutate({ variables: { quoteId } })).data!.createShareLink;
  return { createShareLink, creatingLink: loading };
}
