import { useMutation } from "@apollo/client/react";
import { DRAFT_VIEWS } from "./draft-views.js";
import type { ReplaceDraftMutationVariables } from "../../../__generated__/admin/graphql.js";
import { ReplaceDraftDocument } from "../graphql/replace-draft.mutation.js";

/** Replace the whole draft with a JSON document, refused unless it could be published. */
export function useReplaceDraft() {
  const [mutate, { loading }] = useMutation(ReplaceDraftDocument, { refetchQueries: DRAFT_VIEWS });
  const replaceDraft = async (variables: ReplaceDraftMutationVariables) => (await mutate({ variables })).data!.importCatalog;
  return { replaceDraft, replacing: loading };
}
