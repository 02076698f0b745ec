import { useState } from "react";
import { Field } from "../../../shared/components/Field.js";

export interface Contact {
  name: string;
  email: string;
}

/**
 * The people who may open support cases, a name and an email each, up to the number the chosen
 * plan allows (a server field); asking for one more is refused here, in words.
 */
export function ContactsField({
  contacts,
  onChange,
  limit,
  planName,
  error,
}: {
  contacts: Contact[];
  onChange: (contacts: Contact[]) => void;
  limit: number | null;
  planName: string;
  error: string | null;
}) {
  const [refused, setRefused] = useState<string | null>(null);
  const set = (i: number, key: keyof Contact, value: string) => onChange(contacts.map((c, j) => (j === i ? { ...c, [key]: value } : c)));
  const add = () => {
    if (limit !== null && contacts.length >= limit) {
      setRefused(`${planName} allows ${limit} authorized ${limit === 1 ? "contact" : "contacts"}; remove one to name another.`);
      return;
    }
    setRefused(null);
    onChange([...contacts, { name: "", email: "" }]);
  };
  const remove = (i: number) => {
    setRefused(null);
    onChange(contacts.filter((_, j) => j !== i));
  };
  const message = refused ?? error;
  return (
    <fieldset className="contacts">
      <legend>Authorized contacts{limit !== null && ` (up to ${limit})`}</legend>
      <p className="muted small">The people who may open support cases under {planName}.</p>
      {contacts.map((c, i) => (
        <div className="contact" key={i}>
          <Field label={`Contact ${i + 1}: name`}>
            <input value={c.name} onChange={(e) => set(i, "name", e.target.value)} autoComplete="off" />
          </Field>
          <Field label={`Contact ${i + 1}: email`}>
            <input type="email" value={c.email} onChange={(e) => set(i, "email", e.target.value)} autoComplete="off" />
          </Field>
          <button type="button" className="secondary small" onClick={() => remove(i)} aria-label={`Remove contact ${i + 1}`}>
            Remove
          </button>
        </div>
      ))}
      <button type="button" className="secondary small" onClick={add} aria-describedby={message ? "contacts-error" : undefined}>
        Add a contact
      </button>
      {message && (
        <p id="contacts-error" className="field-error" role="alert">
          {message}
        </p>
      )}
    </fieldset>
  );
}
