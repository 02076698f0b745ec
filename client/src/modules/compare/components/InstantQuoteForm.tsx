import { useState } from "react";
import { Field } from "../../../shared/components/Field.js";
import type { Figures } from "../../../shared/hooks/usePlanPrices.js";
import { useInstantQuote } from "../hooks/useInstantQuote.js";
import { PROSPECT_FIELDS, ProspectFields, type Prospect } from "./ProspectFields.js";
import { FormReceipt, PublicFormCard } from "./PublicFormCard.js";

/**
 * "Get this quote now": the figures on the page, who it is for and their zone make a numbered
 * quote, sent to them at once. Offered only where the server says the price allows it.
 */
export function InstantQuoteForm({
  catalogSlug,
  planKey,
  title,
  figures,
  zone,
  onClose,
}: {
  catalogSlug: string;
  planKey: string;
  title: string;
  figures: Figures;
  zone: string;
  onClose: () => void;
}) {
  const [form, setForm] = useState<Prospect & { timeZone: string }>({ company: "", contactName: "", email: "", timeZone: zone });
  const { createQuote, sending, quote, problem, problemField } = useInstantQuote();
  const near = (field: string) => (problemField === field ? problem : null);
  if (quote) {
    return (
      <FormReceipt title={`Your quote ${quote.number} is ready`} onClose={onClose}>
        We emailed the link to {form.email.trim()}. Read it, download the PDF and accept it here: <a href={quote.url}>open quote {quote.number}</a>.
      </FormReceipt>
    );
  }
  return (
    <PublicFormCard
      title={title}
      intro="The price and figures on this page become your quote, numbered and emailed to you at once."
      onSubmit={() => void createQuote({ catalogSlug, planKey, addOnKeys: [], ...figures, ...form, timeZone: form.timeZone.trim() || null })}
      sending={sending}
      submitLabel="Get my quote"
      sendingLabel="Making your quote…"
      problem={problem && ![...PROSPECT_FIELDS, "timeZone"].includes(problemField ?? "") ? problem : null}
      onClose={onClose}
    >
      <div className="grid">
        <ProspectFields value={form} onChange={(key, value) => setForm((f) => ({ ...f, [key]: value }))} near={near} />
        <Field label="Time zone for your quote" hint="Its dates and response-time examples use it (e.g. Europe/Berlin or +03:00)." error={near("timeZone")}>
          <input required value={form.timeZone} onChange={(e) => setForm((f) => ({ ...f, timeZone: e.target.value }))} />
        </Field>
      </div>
    </PublicFormCard>
  );
}
