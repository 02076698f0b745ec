import { useMutation } from "@apollo/client/react";
import type { CreateCatalogMutationVariables } from "../../../__generated__/admin/graphql.js";
import { errorMessage } from "../../../shared/error-message.js";
import { CreateCatalogDocument } from "../graphql/create-catalog.mutation.js";

/** Create an empty catalog draft; a refusal is kept as `error`, in the server's words. */
export function useCreateCatalog() {
  const [mutate, { loading, error }] = useMutation(CreateCatalogDocument, { refetchQueries: ["AdminCatalogs"] });
  const createCatalog = async (variables: CreateCatalogMutationVariables) => (await mutate({ variables })).data!.createCatalog;
  return { createCatalog, creating: loading, error: errorMessage(error) };
}
