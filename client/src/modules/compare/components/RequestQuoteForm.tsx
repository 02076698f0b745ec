import { useEffect, useRef, useState, type FormEvent } from "react";
import { ErrorAlert } from "../../../shared/components/ErrorAlert.js";
import { Field } from "../../../shared/components/Field.js";
import type { Figures } from "../../../shared/hooks/usePlanPrices.js";
import { useRequestQuote } from "../hooks/useRequestQuote.js";

/**
 * "Request a quote" for one plan (with the add-ons asked about): who to answer, and a message;
 * the figures on the page go with it. The receipt gives the request's reference.
 */
export function RequestQuoteForm({
  catalogSlug,
  planKey,
  addOnKeys,
  title,
  figures,
  onClose,
}: {
  catalogSlug: string;
  planKey: string;
  addOnKeys: string[];
  title: string;
  figures: Figures;
  onClose: () => void;
}) {
  const [form, setForm] = useState({ company: "", contactName: "", email: "", message: "" });
  const { requestQuote, sending, reference, problem, problemField } = useRequestQuote();
  const set = (key: keyof typeof form) => (e: { target: { value: string } }) => setForm((f) => ({ ...f, [key]: e.target.value }));
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    void requestQuote({ catalogSlug, planKey, addOnKeys, ...figures, ...form, message: form.message.trim() || null });
  };
  const near = (field: string) => (problemField === field ? problem : null);
  // Opened from a button far up the page: the keyboard starts in the form it opened.
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  if (reference) {
    return (
      <div className="card receipt" role="status">
        <h2>Thank you: your request is in</h2>
        <p>
          Your reference is <strong>{reference}</strong>. Our sales team answers by email at {form.email.trim()}.
        </p>
        <button type="button" className="secondary" onClick={onClose}>
          Close
        </button>
      </div>
    );
  }
  return (
    <form className="card request-form" onSubmit={onSubmit} aria-labelledby="request-heading">
      <h2 id="request-heading" ref={heading} tabIndex={-1}>
        {title}
      </h2>
      <p className="muted small">The figures on this page go with your request, so the quote starts from them.</p>
      <div className="grid">
        <Field label="Company" error={near("company")}>
          <input autoComplete="organization" required value={form.company} onChange={set("company")} />
        </Field>
        <Field label="Your name" error={near("contactName")}>
          <input autoComplete="name" required value={form.contactName} onChange={set("contactName")} />
        </Field>
        <Field label="Email" error={near("email")}>
          <input type="email" autoComplete="email" required value={form.email} onChange={set("email")} />
        </Field>
      </div>
      <Field label="Message (optional)" error={near("message")}>
        <textarea rows={3} value={form.message} onChange={set("message")} />
      </Field>
      <ErrorAlert message={problem && !problemField ? problem : problemField && !["company", "contactName", "email", "message"].includes(problemField) ? problem : null} />
      <div className="actions">
        <button type="submit" disabled={sending}>
          {sending ? "Sending…" : "Send the request"}
        </button>
        <button type="button" className="secondary" onClick={onClose}>
          Cancel
        </button>
      </div>
    </form>
  );
}
