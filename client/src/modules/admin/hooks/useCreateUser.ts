import { useMutation } from "@apollo/client/react";
import type { NewUserInput } from "../../../__generated__/admin/graphql.js";
import { CreateUserDocument } from "../graphql/create-user.mutation.js";

/** Creates a user who can sign in at once with the password given. */
export function useCreateUser() {
  const [mutate, { loading }] = useMutation(CreateUserDocument, { refetchQueries: ["AdminUsers"] });
  const createUser = async (input: NewUserInput) => (await mutate({ variables: { input } })).data!.createUser;
  return { createUser, creating: loading };
}
