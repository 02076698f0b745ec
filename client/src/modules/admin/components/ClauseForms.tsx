import { useState, type FormEvent, type ReactNode } from "react";
import { Field } from "../../../shared/components/Field.js";
import type { DraftDocument } from "../forms/draft-document.js";
import { lines, wholeNumberError } from "../forms/field-checks.js";
import type { PendingEdit } from "../hooks/draft-edit-context.js";
import { useDraftEdit } from "../hooks/useDraftEdit.js";
import { useUpdateExclusion } from "../hooks/useUpdateExclusion.js";
import { useUpdatePriority } from "../hooks/useUpdatePriority.js";
import { useUpdateRequestCategory } from "../hooks/useUpdateRequestCategory.js";

type Priority = DraftDocument["priorities"][number];
type Exclusion = DraftDocument["exclusions"][number];
type Category = DraftDocument["requestCategories"][number];

/** A small form saved as one edit; a refused save shows the server's message next to the form. */
function ItemForm({ label, edit, ready, children }: { label: string; edit: () => PendingEdit; ready: boolean; children: ReactNode }) {
  const { save } = useDraftEdit();
  const [error, setError] = useState<string | null>(null);
  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    const outcome = await save(edit());
    setError(outcome.saved || outcome.conflict ? null : (outcome.problems[0]?.message ?? "Not saved"));
  };
  return (
    <form className="card stack item-form" aria-label={label} onSubmit={(e) => void onSubmit(e)}>
      {children}
      {error && <p className="field-error">{error}</p>}
      <button type="submit" disabled={!ready}>
        Save
      </button>
    </form>
  );
}

export function PriorityForm({ priority }: { priority: Priority }) {
  const { slug } = useDraftEdit();
  const update = useUpdatePriority();
  const [f, setF] = useState({ label: priority.label, definition: priority.definition ?? "", examples: priority.examples.join("\n") });
  return (
    <ItemForm
      label={`Priority ${priority.label}`}
      ready={f.label.trim() !== ""}
      edit={() => ({
        what: `the priority ${f.label}`,
        touches: [{ area: "PRIORITY", key: priority.key }],
        send: (revision) =>
          update.run({ slug, revision, key: priority.key, priority: { key: priority.key, label: f.label.trim(), definition: f.definition.trim() || null, examples: lines(f.examples) } }),
      })}
    >
      <Field label="Label" error={f.label.trim() === "" ? "Give the priority a label" : null}>
        <input value={f.label} onChange={(e) => setF({ ...f, label: e.target.value })} />
      </Field>
      <Field label="Definition">
        <textarea rows={2} value={f.definition} onChange={(e) => setF({ ...f, definition: e.target.value })} />
      </Field>
      <Field label="Examples" hint="One a line">
        <textarea rows={2} value={f.examples} onChange={(e) => setF({ ...f, examples: e.target.value })} />
      </Field>
    </ItemForm>
  );
}

export function ExclusionForm({ index, exclusion, plans }: { index: number; exclusion: Exclusion; plans: DraftDocument["plans"] }) {
  const { slug } = useDraftEdit();
  const update = useUpdateExclusion();
  const [f, setF] = useState({ kind: exclusion.kind, heading: exclusion.heading ?? "", text: exclusion.text, plans: exclusion.plans });
  return (
    <ItemForm
      label={`Exclusion ${index + 1}`}
      ready={f.text.trim() !== ""}
      edit={() => ({
        what: `exclusion ${index + 1}`,
        touches: [{ area: "EXCLUSION", key: String(index) }],
        send: (revision) => update.run({ slug, revision, index, exclusion: { kind: f.kind, heading: f.heading.trim() || null, text: f.text.trim(), planKeys: f.plans } }),
      })}
    >
      <Field label="Kind">
        <select value={f.kind} onChange={(e) => setF({ ...f, kind: e.target.value as Exclusion["kind"] })}>
          <option value="NOT_COVERED">not covered</option>
          <option value="NOT_INCLUDED">not included</option>
          <option value="WARRANTY_VOID">voids the warranty</option>
        </select>
      </Field>
      <Field label="Heading">
        <input value={f.heading} onChange={(e) => setF({ ...f, heading: e.target.value })} />
      </Field>
      <Field label="Text" error={f.text.trim() === "" ? "Write the clause" : null}>
        <textarea rows={2} value={f.text} onChange={(e) => setF({ ...f, text: e.target.value })} />
      </Field>
      <fieldset>
        <legend>Concerns (none ticked: every plan)</legend>
        {plans.map((p) => (
          <label key={p.key} className="inline">
            <input type="checkbox" checked={f.plans.includes(p.key)} onChange={(e) => setF({ ...f, plans: e.target.checked ? [...f.plans, p.key] : f.plans.filter((k) => k !== p.key) })} />{" "}
            {p.name}
          </label>
        ))}
      </fieldset>
    </ItemForm>
  );
}

export function CategoryForm({ category }: { category: Category }) {
  const { slug } = useDraftEdit();
  const update = useUpdateRequestCategory();
  const r = category.rule;
  const [f, setF] = useState({
    label: category.label,
    description: category.description ?? "",
    kind: r.kind,
    credits: String(r.credits),
    perStep: r.perStep === null ? "" : String(r.perStep),
    includedSteps: r.includedSteps === null ? "" : String(r.includedSteps),
    needsConfirmation: category.needsConfirmation,
  });
  const upgrade = f.kind === "UPGRADE";
  const errors = {
    credits: wholeNumberError(f.credits, "credits", { required: true }),
    perStep: upgrade ? wholeNumberError(f.perStep, "credits per version", { required: true }) : null,
    includedSteps: upgrade ? wholeNumberError(f.includedSteps, "versions included", { required: true }) : null,
  };
  return (
    <ItemForm
      label={`Request category ${category.label}`}
      ready={!Object.values(errors).some(Boolean) && f.label.trim() !== ""}
      edit={() => ({
        what: `the request category ${f.label}`,
        touches: [{ area: "REQUEST_CATEGORY", key: category.key }],
        send: (revision) =>
          update.run({
            slug,
            revision,
            key: category.key,
            category: {
              key: category.key,
              label: f.label.trim(),
              description: f.description.trim() || null,
              creditKind: f.kind,
              credits: Number(f.credits),
              perStep: upgrade ? Number(f.perStep) : null,
              includedSteps: upgrade ? Number(f.includedSteps) : null,
              needsConfirmation: f.needsConfirmation,
            },
          }),
      })}
    >
      <Field label="Label">
        <input value={f.label} onChange={(e) => setF({ ...f, label: e.target.value })} />
      </Field>
      <Field label="Description" hint="What the request covers, as customers read it">
        <textarea rows={2} value={f.description} onChange={(e) => setF({ ...f, description: e.target.value })} />
      </Field>
      <Field label="Credits">
        <select value={f.kind} onChange={(e) => setF({ ...f, kind: e.target.value as Category["rule"]["kind"] })}>
          <option value="FIXED">a fixed number</option>
          <option value="FROM">from a minimum</option>
          <option value="UPGRADE">the upgrade formula</option>
        </select>
      </Field>
      <Field label={upgrade ? "Base credits" : f.kind === "FROM" ? "From (credits)" : "Credits"} error={errors.credits}>
        <input className="short" inputMode="numeric" value={f.credits} onChange={(e) => setF({ ...f, credits: e.target.value })} />
      </Field>
      {upgrade && (
        <>
          <Field label="Credits per further patch version" error={errors.perStep}>
            <input className="short" inputMode="numeric" value={f.perStep} onChange={(e) => setF({ ...f, perStep: e.target.value })} />
          </Field>
          <Field label="Patch versions the base covers" error={errors.includedSteps}>
            <input className="short" inputMode="numeric" value={f.includedSteps} onChange={(e) => setF({ ...f, includedSteps: e.target.value })} />
          </Field>
        </>
      )}
      <label className="inline">
        <input type="checkbox" checked={f.needsConfirmation} onChange={(e) => setF({ ...f, needsConfirmation: e.target.checked })} /> Work starts after the customer confirms the
        assessment
      </label>
    </ItemForm>
  );
}
