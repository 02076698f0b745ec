import { useMutation } from "@apollo/client/react";
import { DRAFT_VIEWS } from "./draft-views.js";
import type { SetCellMutationVariables } from "../../../__generated__/admin/graphql.js";
import { SetCellDocument } from "../graphql/set-cell.mutation.js";

/** Set (or clear, with a null cell) one cell of the draft at the revision it was read at. */
export function useSetCell() {
  const [mutate, { loading }] = useMutation(SetCellDocument, { refetchQueries: DRAFT_VIEWS });
  const setCell = async (variables: SetCellMutationVariables) => (await mutate({ variables })).data!.setCell;
  return { setCell, settingCell: loading };
}
