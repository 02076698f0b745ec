import { useState, type FormEvent } from "react";
import { ErrorAlert } from "../../../shared/components/ErrorAlert.js";
import { Field } from "../../../shared/components/Field.js";
import type { SharedQuoteFieldsFragment } from "../graphql/shared-quote-fields.fragment.js";
import { useAcceptQuote } from "../hooks/useAcceptQuote.js";
import { ContactsField, type Contact } from "./ContactsField.js";

type Option = SharedQuoteFieldsFragment["options"][number];

/**
 * Accepting the chosen option: its exclusions and warranty clauses to read and tick, the
 * authorized contacts, and the customer's name. Nothing is sent for an option not chosen.
 */
export function AcceptForm({ token, option, index, alternatives }: { token: string; option: Option | null; index: number | null; alternatives: boolean }) {
  const { accept, accepting, error, errorField } = useAcceptQuote(token);
  const [read, setRead] = useState(false);
  const [name, setName] = useState("");
  const [contacts, setContacts] = useState<Contact[]>([{ name: "", email: "" }]);
  const near = (field: string) => (errorField === field ? error : null);

  if (!option || index === null) {
    return (
      <section className="card" aria-labelledby="accept-heading">
        <h2 id="accept-heading">Accept</h2>
        <p>Choose one of the options above to read what it covers and accept it.</p>
        {near("option") && <p role="alert">{near("option")}</p>}
      </section>
    );
  }
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const named = contacts.filter((c) => c.name.trim() || c.email.trim()).map((c) => ({ name: c.name.trim(), email: c.email.trim() }));
    void accept({ name: name.trim(), option: alternatives ? index : null, acknowledged: read, contacts: named });
  };
  const title = alternatives ? `Accept “${option.label}”: ${option.planName}` : `Accept ${option.planName}`;
  return (
    <form onSubmit={onSubmit} className="card accept" aria-labelledby="accept-heading">
      <h2 id="accept-heading">{title}</h2>
      {option.clauses.length > 0 && (
        <section aria-labelledby="clauses-heading">
          <h3 id="clauses-heading">What {option.planName} does not cover, and the warranty terms</h3>
          {/* Exactly the words the acceptance records as read. */}
          <ul className="clauses">
            {option.clauses.map((c) => (
              <li key={c}>{c}</li>
            ))}
          </ul>
        </section>
      )}
      <div className={`field${near("acknowledged") ? " invalid" : ""}`}>
        <label className="inline">
          <input type="checkbox" checked={read} onChange={(e) => setRead(e.target.checked)} aria-describedby={near("acknowledged") ? "ack-error" : undefined} /> I have read the
          exclusions and warranty clauses of {option.planName}
        </label>
        {near("acknowledged") && (
          <span id="ack-error" className="field-error" role="alert">
            {near("acknowledged")}
          </span>
        )}
      </div>
      <ContactsField contacts={contacts} onChange={setContacts} limit={option.authorizedContacts} planName={option.planName} error={near("contacts")} />
      <Field label="Your full name" hint="Typing your name accepts this quote on behalf of your company." error={near("name")}>
        <input value={name} onChange={(e) => setName(e.target.value)} autoComplete="name" required />
      </Field>
      <ErrorAlert message={error && !["acknowledged", "contacts", "name"].includes(errorField ?? "") ? error : null} />
      <button type="submit" disabled={accepting}>
        {accepting ? "Accepting…" : "Accept this quote"}
      </button>
    </form>
  );
}
