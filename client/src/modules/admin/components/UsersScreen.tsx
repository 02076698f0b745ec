import { useQuery } from "@apollo/client/react";
import { ErrorAlert } from "../../../shared/components/ErrorAlert.js";
import { errorMessage } from "../../../shared/error-message.js";
import type { SessionUser } from "../../../shared/graphql/session.fragment.js";
import { AdminUsersDocument } from "../graphql/users.query.js";
import { NewUserForm } from "./NewUserForm.js";
import { UserCard } from "./UserCard.js";

/** /admin/users: who can sign in, with which role; new users and new passwords. */
export function UsersScreen({ me }: { me: SessionUser }) {
  const { data, loading, error } = useQuery(AdminUsersDocument, { fetchPolicy: "cache-and-network" });
  return (
    <section>
      <h1>Users</h1>
      {loading && !data && <p role="status">Loading the users…</p>}
      <ErrorAlert message={error ? errorMessage(error) : null} />
      {data && (
        <ul className="user-list">
          {data.users.map((u) => (
            <UserCard key={u.id} user={u} isMe={u.id === me.id} />
          ))}
        </ul>
      )}
      <NewUserForm />
    </section>
  );
}
