import { useState, type FormEvent } from "react";
import { ErrorAlert } from "../../../shared/components/ErrorAlert.js";
import { Field } from "../../../shared/components/Field.js";
import { useDeclineQuote } from "../hooks/useDeclineQuote.js";

/** Declining, with a reason the vendor reads (optional) and who declines. */
export function DeclineForm({ token }: { token: string }) {
  const { decline, declining, error } = useDeclineQuote(token);
  const [name, setName] = useState("");
  const [reason, setReason] = useState("");
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    void decline(name.trim() || null, reason.trim() || null);
  };
  return (
    <form className="card decline" onSubmit={onSubmit} aria-labelledby="decline-heading">
      <h2 id="decline-heading">Not for you?</h2>
      <Field label="Your name (optional)">
        <input value={name} onChange={(e) => setName(e.target.value)} autoComplete="name" />
      </Field>
      <Field label="Why not? (optional)" hint="Your contact reads this.">
        <textarea rows={2} value={reason} onChange={(e) => setReason(e.target.value)} />
      </Field>
      <ErrorAlert message={error} />
      <button type="submit" className="secondary" disabled={declining}>
        {declining ? "Declining…" : "Decline this quote"}
      </button>
    </form>
  );
}
