import { useMutation } from "@apollo/client/react";
import type { ImportCatalogMutationVariables } from "../../../__generated__/admin/graphql.js";
import { ImportCatalogDocument } from "../graphql/import-catalog.mutation.js";

/** Import a catalog from its JSON export, as a draft or published. */
export function useImportCatalog() {
  const [mutate, { loading }] = useMutation(ImportCatalogDocument, { refetchQueries: ["AdminCatalogs"] });
  const importCatalog = async (variables: ImportCatalogMutationVariables) => (await mutate({ variables })).data!.importCatalog;
  return { importCatalog, importing: loading };
}
