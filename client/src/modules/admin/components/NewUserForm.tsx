import { useState, type FormEvent } from "react";
import type { Role } from "../../../__generated__/admin/graphql.js";
import { Field } from "../../../shared/components/Field.js";
import { useCreateUser } from "../hooks/useCreateUser.js";
import { useFormError } from "../hooks/useFormError.js";
import { FormFooter } from "./FormFooter.js";
import { PasswordField } from "./PasswordField.js";

const EMPTY = { name: "", email: "", role: "SALES" as Role, password: "" };

/** Creates a user who signs in with the email and the initial password given here. */
export function NewUserForm() {
  const { createUser, creating } = useCreateUser();
  const errors = useFormError(["name", "email", "role", "password"]);
  const [user, setUser] = useState(EMPTY);
  const [created, setCreated] = useState<string | null>(null);
  const set = (changes: Partial<typeof EMPTY>) => setUser({ ...user, ...changes });

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    errors.clear();
    setCreated(null);
    try {
      const made = await createUser(user);
      setCreated(`Created ${made.name}: they sign in as ${made.email} with the password given.`);
      setUser(EMPTY);
    } catch (err) {
      errors.fail(err);
    }
  };

  return (
    <form className="card stack narrow-form" aria-label="New user" onSubmit={(e) => void onSubmit(e)}>
      <h2>New user</h2>
      <Field label="Name" error={errors.at("name")}>
        <input value={user.name} onChange={(e) => set({ name: e.target.value })} required autoComplete="off" />
      </Field>
      <Field label="Email" error={errors.at("email")}>
        <input type="email" value={user.email} onChange={(e) => set({ email: e.target.value })} required autoComplete="off" />
      </Field>
      <Field label="Role" hint="Sales build and send quotes; admins also edit catalogs, manage users and approve discounts." error={errors.at("role")}>
        <select value={user.role} onChange={(e) => set({ role: e.target.value as Role })}>
          <option value="SALES">Sales</option>
          <option value="ADMIN">Admin</option>
        </select>
      </Field>
      <PasswordField label="Initial password" value={user.password} onChange={(password) => set({ password })} error={errors.at("password")} />
      <FormFooter submit="Create the user" busy={creating} error={errors.general} done={created} />
    </form>
  );
}
