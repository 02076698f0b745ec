import { useState } from "react";
import { Field } from "../../../shared/components/Field.js";
import type { Figures } from "../../../shared/hooks/usePlanPrices.js";
import { useRequestQuote } from "../hooks/useRequestQuote.js";
import { PROSPECT_FIELDS, ProspectFields } from "./ProspectFields.js";
import { FormReceipt, PublicFormCard } from "./PublicFormCard.js";

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
  const near = (field: string) => (problemField === field ? problem : null);
  if (reference) {
    return (
      <FormReceipt title="Thank you: your request is in" onClose={onClose}>
        Your reference is <strong>{reference}</strong>. Our sales team answers by email at {form.email.trim()}.
      </FormReceipt>
    );
  }
  return (
    <PublicFormCard
      title={title}
      intro="The figures on this page go with your request, so the quote starts from them."
      onSubmit={() => void requestQuote({ catalogSlug, planKey, addOnKeys, ...figures, ...form, message: form.message.trim() || null })}
      sending={sending}
      submitLabel="Send the request"
      sendingLabel="Sending…"
      problem={problem && ![...PROSPECT_FIELDS, "message"].includes(problemField ?? "") ? problem : null}
      onClose={onClose}
    >
      <div className="grid">
        <ProspectFields value={form} onChange={(key, value) => setForm((f) => ({ ...f, [key]: value }))} near={near} />
      </div>
      <Field label="Message (optional)" error={near("message")}>
        <textarea rows={3} value={form.message} onChange={(e) => setForm((f) => ({ ...f, message: e.target.value }))} />
      </Field>
    </PublicFormCard>
  );
}
