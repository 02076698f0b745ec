import { Field } from "../../../shared/components/Field.js";

export interface Prospect {
  company: string;
  contactName: string;
  email: string;
}

export const PROSPECT_FIELDS = ["company", "contactName", "email"];

/** Who the quote is for, each field with the server's words about it next to it. */
export function ProspectFields({ value, onChange, near }: { value: Prospect; onChange: (key: keyof Prospect, text: string) => void; near: (field: string) => string | null }) {
  return (
    <>
      <Field label="Company" error={near("company")}>
        <input autoComplete="organization" required value={value.company} onChange={(e) => onChange("company", e.target.value)} />
      </Field>
      <Field label="Your name" error={near("contactName")}>
        <input autoComplete="name" required value={value.contactName} onChange={(e) => onChange("contactName", e.target.value)} />
      </Field>
      <Field label="Email" error={near("email")}>
        <input type="email" autoComplete="email" required value={value.email} onChange={(e) => onChange("email", e.target.value)} />
      </Field>
    </>
  );
}
