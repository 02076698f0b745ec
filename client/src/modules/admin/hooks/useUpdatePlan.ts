import { useMutation } from "@apollo/client/react";
import { DRAFT_VIEWS } from "./draft-views.js";
import type { UpdatePlanPricingMutationVariables } from "../../../__generated__/admin/graphql.js";
import { UpdatePlanPricingDocument } from "../graphql/update-plan-pricing.mutation.js";

/** Replace one plan of the draft (here: its price) at the revision it was read at. */
export function useUpdatePlan() {
  const [mutate, { loading }] = useMutation(UpdatePlanPricingDocument, { refetchQueries: DRAFT_VIEWS });
  const updatePlan = async (variables: UpdatePlanPricingMutationVariables) => (await mutate({ variables })).data!.updatePlan;
  return { updatePlan, updatingPlan: loading };
}
