import { useState } from "react";
import { Field } from "../../../shared/components/Field.js";
import { numberError, wholeNumberError } from "../forms/field-checks.js";
import type { ServerProblem } from "../forms/server-problems.js";
import type { QuoteTermsFieldsFragment } from "../graphql/quote-terms.fragment.js";
import { useDraftEdit } from "../hooks/useDraftEdit.js";
import { useUpdateCatalogInfo } from "../hooks/useUpdateCatalogInfo.js";

/** The server's word on one field, matched by the end of its path ("info.defaultValidityDays"). */
const problemAt = (problems: ServerProblem[], field: string): string | null =>
  problems.find((p) => p.path === field || p.path.endsWith(`.${field}`))?.message ?? null;

/** How quotes made from this catalog behave: the discount share that needs an admin, how long a quote stays valid. */
export function QuoteTermsForm({ terms }: { terms: QuoteTermsFieldsFragment }) {
  const { slug, save } = useDraftEdit();
  const update = useUpdateCatalogInfo();
  const [threshold, setThreshold] = useState(String(terms.discountApprovalThreshold));
  const [days, setDays] = useState(String(terms.defaultValidityDays));
  const [problems, setProblems] = useState<ServerProblem[]>([]);
  const typed = {
    threshold: numberError(threshold, "percent", { required: true }),
    days: wholeNumberError(days, "number of days", { required: true }),
  };

  const onSave = async () => {
    const info = { discountApprovalThreshold: threshold.trim(), defaultValidityDays: Number(days.trim()) };
    const outcome = await save({
      what: "the quote terms",
      touches: ["discountApprovalThreshold", "defaultValidityDays"].map((key) => ({ area: "CATALOG", key })),
      send: (revision) => update.run({ slug, revision, info }),
    });
    setProblems(outcome.saved || outcome.conflict ? [] : outcome.problems);
  };

  return (
    <form
      className="stack"
      aria-label="Quote terms"
      onSubmit={(e) => {
        e.preventDefault();
        void onSave();
      }}
    >
      <h2>Quote terms</h2>
      <Field label="Discounts above this percent need an admin's approval" error={typed.threshold ?? problemAt(problems, "discountApprovalThreshold")}>
        <input inputMode="decimal" value={threshold} onChange={(e) => setThreshold(e.target.value)} />
      </Field>
      <Field
        label="A new quote stays valid for (days)"
        hint="Instant quotes use it; a rep can set another date on a quote"
        error={typed.days ?? problemAt(problems, "defaultValidityDays")}
      >
        <input inputMode="numeric" value={days} onChange={(e) => setDays(e.target.value)} />
      </Field>
      <button type="submit" disabled={typed.threshold !== null || typed.days !== null || update.loading}>
        Save the quote terms
      </button>
    </form>
  );
}
