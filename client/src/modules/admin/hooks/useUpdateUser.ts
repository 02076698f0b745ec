import { useMutation } from "@apollo/client/react";
import type { UserChangesInput } from "../../../__generated__/admin/graphql.js";
import { UpdateUserDocument } from "../graphql/update-user.mutation.js";

/** Changes a user's role, name or password, or disables or enables them. */
export function useUpdateUser() {
  const [mutate, { loading }] = useMutation(UpdateUserDocument);
  const updateUser = async (id: string, changes: UserChangesInput) => (await mutate({ variables: { id, changes } })).data!.updateUser;
  return { updateUser, updating: loading };
}
