import { useApolloClient, useMutation } from "@apollo/client/react";
import { LogoutDocument } from "../graphql/logout.mutation.js";

/** Sign out and forget everything the signed-in faces had read. */
export function useLogout() {
  const client = useApolloClient();
  const [mutate] = useMutation(LogoutDocument);
  const logout = async () => {
    await mutate();
    await client.resetStore();
  };
  return { logout };
}
