import { useMutation } from "@apollo/client/react";
import { errorMessage } from "../../../shared/error-message.js";
import { MeDocument } from "../graphql/me.query.js";
import { LoginDocument } from "../graphql/login.mutation.js";

/** Sign in; the session is an HTTP-only cookie, and `me` is read again once it is set. */
export function useLogin() {
  const [mutate, { loading, error }] = useMutation(LoginDocument, { refetchQueries: [{ query: MeDocument }], awaitRefetchQueries: true });
  const login = (email: string, password: string) => mutate({ variables: { email, password } }).catch(() => undefined);
  return { login, signingIn: loading, error: errorMessage(error) };
}
