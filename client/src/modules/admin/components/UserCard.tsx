import { useId, useState, type FormEvent } from "react";
import type { Role, UserChangesInput } from "../../../__generated__/admin/graphql.js";
import { ErrorAlert } from "../../../shared/components/ErrorAlert.js";
import { Field } from "../../../shared/components/Field.js";
import type { UserFieldsFragment } from "../graphql/user-fields.fragment.js";
import { useFormError } from "../hooks/useFormError.js";
import { useUpdateUser } from "../hooks/useUpdateUser.js";
import { PasswordField } from "./PasswordField.js";

/** One user: role, enabled or not, and a new password; each refusal said next to what was changed. */
export function UserCard({ user, isMe }: { user: UserFieldsFragment; isMe: boolean }) {
  const { updateUser, updating } = useUpdateUser();
  const errors = useFormError(["role", "password", "disabled"]);
  const [password, setPassword] = useState("");
  const [done, setDone] = useState<string | null>(null);
  const [failedAt, setFailedAt] = useState<string | null>(null);
  const headingId = useId();

  const change = async (changes: UserChangesInput, said: string, field: string) => {
    errors.clear();
    setDone(null);
    try {
      await updateUser(user.id, changes);
      setDone(said);
      return true;
    } catch (err) {
      // The last-admin rule names no field: it is said next to what was changed.
      errors.fail(err);
      setFailedAt(field);
      return false;
    }
  };
  const near = (field: string) => errors.at(field) ?? (failedAt === field ? errors.general : null);

  const onPassword = async (e: FormEvent) => {
    e.preventDefault();
    if (await change({ password }, `New password set for ${user.name}: hand it on; their sessions have ended.`, "password")) setPassword("");
  };

  return (
    <li className="card user" aria-labelledby={headingId}>
      <h2 id={headingId}>
        {user.name} {isMe && <span className="muted small">(you)</span>}
      </h2>
      <p className="muted">
        {user.email} · {user.disabled ? <strong>disabled: cannot sign in</strong> : "active"}
      </p>
      <div className="user-actions">
        <Field label={`Role of ${user.name}`} error={near("role")}>
          <select
            value={user.role}
            disabled={updating}
            onChange={(e) => void change({ role: e.target.value as Role }, `${user.name} is now ${e.target.value === "ADMIN" ? "an admin" : "in sales"}.`, "role")}
          >
            <option value="SALES">Sales</option>
            <option value="ADMIN">Admin</option>
          </select>
        </Field>
        <div className="field">
          <button
            type="button"
            className="secondary"
            disabled={updating}
            onClick={() => void change({ disabled: !user.disabled }, user.disabled ? `${user.name} can sign in again.` : `${user.name} is disabled; their sessions have ended.`, "disabled")}
          >
            {user.disabled ? `Enable ${user.name}` : `Disable ${user.name}`}
          </button>
          <ErrorAlert message={near("disabled")} />
        </div>
      </div>
      <details>
        <summary>Reset the password of {user.name}</summary>
        <form className="stack" aria-label={`New password for ${user.name}`} onSubmit={(e) => void onPassword(e)}>
          <PasswordField label="New password" value={password} onChange={setPassword} error={near("password")} />
          <div className="actions">
            <button type="submit" disabled={updating}>
              Set the password
            </button>
          </div>
        </form>
      </details>
      {done && (
        <p role="status" className="banner ok">
          {done}
        </p>
      )}
    </li>
  );
}
