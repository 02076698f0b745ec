import { useMutation } from "@apollo/client/react";
import { ExtendValidityDocument } from "../graphql/extend-validity.mutation.js";

/** Moves a sent (or expired) quote's last valid day; the server audits it. */
export function useExtendValidity() {
  const [mutate, { loading }] = useMutation(ExtendValidityDocument);
  const extendValidity = async (id: string, lockVersion: number, validUntil: string) =>
    (await mutate({ variables: { id, lockVersion, validUntil } })).data!.extendQuoteValidity;
  return { extendValidity, extending: loading };
}
