import { useState } from "react";
import { Field } from "../../../shared/components/Field.js";
import type { DraftDocument } from "../forms/draft-document.js";
import { planPatch } from "../forms/plan-input.js";
import { changedParts, planForm, planFormErrors, type PlanForm as Form } from "../forms/plan-form.js";
import { problemsUnder } from "../forms/server-problems.js";
import { useDraftEdit } from "../hooks/useDraftEdit.js";
import { keptFor, useKeptDraft, type KeptDrafts } from "../hooks/useKeptDraft.js";
import { useUpdatePlan } from "../hooks/useUpdatePlan.js";
import { LimitsFields } from "./LimitsFields.js";
import { PricingFields } from "./PricingFields.js";

/** How the server's plan changes name the fields each part of the form covers. */
const DIFF_FIELDS: Record<string, string[]> = {
  pricing: ["price", "percent", "guidance", "packs", "pricingNote", "pricingEditorNote"],
  availability: ["availability", "addOnTo", "includedWith"],
};

/** One plan's form: checked as typed, saved as the parts that changed. */
export function PlanForm({ doc, index, kept }: { doc: DraftDocument; index: number; kept?: KeptDrafts }) {
  const plan = doc.plans[index];
  const { slug, save } = useDraftEdit();
  const update = useUpdatePlan();
  const [initial, setInitial] = useState<Form>(() => keptFor<{ initial: Form }>(kept, plan.key)?.initial ?? planForm(plan));
  const [form, setForm] = useState<Form>(() => keptFor<{ form: Form }>(kept, plan.key)?.form ?? initial);
  const [serverErrors, setServerErrors] = useState<Record<string, string>>({});
  const typed = planFormErrors(form);
  const errors = { ...serverErrors, ...typed };
  const { changes, fields } = changedParts(initial, form);
  useKeptDraft(kept, plan.key, { initial, form }, fields.length > 0);
  const change = (next: Partial<Form>) => {
    setServerErrors({});
    setForm({ ...form, ...next });
  };

  const onSave = async () => {
    const outcome = await save({
      what: `the plan ${form.name || plan.name}`,
      touches: fields.flatMap((f) => (DIFF_FIELDS[f] ?? [f]).map((field) => ({ area: "PLAN", key: plan.key, field }))),
      send: (revision, current) => update.run({ slug, revision, key: plan.key, plan: planPatch(current, plan.key, changes) }),
    });
    if (outcome.saved) setInitial(form);
    else if (!outcome.conflict) setServerErrors(problemsUnder(outcome.problems, `plans[${index}]`));
  };
  const others = doc.plans.filter((p) => p.key !== plan.key);

  return (
    <form
      className="stack plan-form"
      aria-label={`Plan ${plan.name}`}
      onSubmit={(e) => {
        e.preventDefault();
        void onSave();
      }}
    >
      {serverErrors[""] && <p className="field-error">{serverErrors[""]}</p>}
      <div className="columns">
        <Field label="Name" error={errors.name}>
          <input value={form.name} onChange={(e) => change({ name: e.target.value })} />
        </Field>
        <Field label="Tagline" error={errors.tagline}>
          <input value={form.tagline} onChange={(e) => change({ tagline: e.target.value })} />
        </Field>
      </div>
      <Field label="Description" error={errors.description}>
        <textarea rows={3} value={form.description} onChange={(e) => change({ description: e.target.value })} />
      </Field>
      <Field label='"For you if" bullets' hint="One a line" error={errors.forYouIf}>
        <textarea rows={3} value={form.forYouIf} onChange={(e) => change({ forYouIf: e.target.value })} />
      </Field>
      <fieldset>
        <legend>How it is bought</legend>
        {(["BASE", "ADD_ON", "INCLUDED"] as const).map((a) => (
          <label key={a} className="inline">
            <input
              type="checkbox"
              checked={form.availability.includes(a)}
              onChange={(e) => change({ availability: e.target.checked ? [...form.availability, a] : form.availability.filter((x) => x !== a) })}
            />{" "}
            {{ BASE: "on its own", ADD_ON: "as an add-on", INCLUDED: "included with a product" }[a]}
          </label>
        ))}
        {errors.availability && <span className="field-error">{errors.availability}</span>}
        {form.availability.includes("ADD_ON") && (
          <fieldset>
            <legend>Added to</legend>
            {others.map((o) => (
              <label key={o.key} className="inline">
                <input
                  type="checkbox"
                  checked={form.addOnTo.includes(o.key)}
                  onChange={(e) => change({ addOnTo: e.target.checked ? [...form.addOnTo, o.key] : form.addOnTo.filter((k) => k !== o.key) })}
                />{" "}
                {o.name}
              </label>
            ))}
            {errors.addOnTo && <span className="field-error">{errors.addOnTo}</span>}
          </fieldset>
        )}
        {form.availability.includes("INCLUDED") && (
          <Field label="Included with" error={errors.includedWith}>
            <input value={form.includedWith} onChange={(e) => change({ includedWith: e.target.value })} />
          </Field>
        )}
      </fieldset>
      <PricingFields form={form} errors={errors} currency={doc.currency} onChange={change} />
      <LimitsFields form={form} errors={errors} editions={doc.licenseEditions ?? []} onChange={change} />
      <Field label="Authorized contacts" hint="How many of the customer's people may open cases; empty: not stated" error={errors.authorizedContacts}>
        <input className="short" inputMode="numeric" value={form.authorizedContacts} onChange={(e) => change({ authorizedContacts: e.target.value })} />
      </Field>
      <Field label="Notes" hint="Shown under the plan, one a line" error={errors.notes}>
        <textarea rows={2} value={form.notes} onChange={(e) => change({ notes: e.target.value })} />
      </Field>
      <p className="actions">
        <button type="submit" disabled={fields.length === 0 || Object.keys(typed).length > 0 || update.loading}>
          Save the plan
        </button>
        {fields.length > 0 && (
          <button type="button" className="secondary" onClick={() => setForm(initial)}>
            Undo my changes
          </button>
        )}
      </p>
    </form>
  );
}
