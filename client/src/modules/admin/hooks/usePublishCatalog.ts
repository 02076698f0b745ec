import { useMutation } from "@apollo/client/react";
import type { PublishMutationVariables } from "../../../__generated__/admin/graphql.js";
import { PublishDocument } from "../graphql/publish.mutation.js";

/** Publish the draft as the next immutable version. */
export function usePublishCatalog() {
  const [mutate, { loading }] = useMutation(PublishDocument, { refetchQueries: ["Draft", "DraftChanges", "AdminCatalogs", "CatalogVersions", "CatalogAudit"] });
  const publishCatalog = async (variables: PublishMutationVariables) => (await mutate({ variables })).data!.publishCatalog;
  return { publishCatalog, publishing: loading };
}
