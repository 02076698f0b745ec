import { useMutation } from "@apollo/client/react";
import { DRAFT_VIEWS } from "./draft-views.js";
import type { AddFeatureMutationVariables } from "../../../__generated__/admin/graphql.js";
import { AddFeatureDocument } from "../graphql/add-feature.mutation.js";

/** Add a row to the draft at the revision it was read at. */
export function useAddFeature() {
  const [mutate, { loading }] = useMutation(AddFeatureDocument, { refetchQueries: DRAFT_VIEWS });
  const addFeature = async (variables: AddFeatureMutationVariables) => (await mutate({ variables })).data!.addFeature;
  return { addFeature, addingFeature: loading };
}
