import { useEffect, useMemo, useState, type FormEvent } from "react";
import { ErrorAlert } from "../../../../shared/components/ErrorAlert.js";
import { day } from "../../../../shared/format.js";
import { navigate } from "../../../../shared/router.js";
import type { QuoteFieldsFragment } from "../../graphql/quote-fields.fragment.js";
import { useAction } from "../../hooks/useAction.js";
import { useQuotePreview } from "../../hooks/useQuotePreview.js";
import { useSaveQuote } from "../../hooks/useSaveQuote.js";
import { addAlternative, changePlan, emptyForm, emptyOption, formProblems, fromQuote, optionProblems, serverProblems, toInput, withoutBlankDiscounts, type CatalogChoice, type OptionForm, type QuoteForm } from "../../lib/quote-form.js";
import { ApprovalPanel } from "./ApprovalPanel.js";
import { CustomerFields } from "./CustomerFields.js";
import { FigureFields } from "./FigureFields.js";
import { OptionEditor } from "./OptionEditor.js";
import { OwnerPanel } from "./OwnerPanel.js";
import { PreviewPanel } from "./PreviewPanel.js";
import { QuoteActions } from "./QuoteActions.js";
import { QuoteTimeline } from "./QuoteTimeline.js";
import { SavedTotals } from "./SavedTotals.js";
import { ShareLinks } from "./ShareLinks.js";
import { TierPicker } from "./TierPicker.js";

const UNREADABLE = "some values cannot be read: fix the fields marked.";
const UNREADABLE_SAVE = "Not saved: see the field marked.";
const UNSAVED = "Save the changes first: approval and sending act on the quote as saved.";

/** The quote builder: the form, the server's live preview of it, and the saved quote's panels. */
export function QuoteBuilder(props: {
  catalogs: CatalogChoice[];
  orgZone: string | null;
  quote: QuoteFieldsFragment | null;
  sentLink: string | null;
  onSent: (url: string) => void;
  /** The quote has a newer revision than the form started from, and the form holds unsaved typing. */
  behind?: boolean;
  onDirty?: (dirty: boolean) => void;
  /** Starts the form afresh from the newest revision, dropping the typing. */
  onDrop?: () => void;
}) {
  const { catalogs, quote } = props;
  const [form, setForm] = useState<QuoteForm>(() => (quote ? fromQuote(quote) : emptyForm(catalogs[0], props.orgZone ?? "")));
  const { saveQuote, saving } = useSaveQuote();
  const { run, failure, failureField } = useAction();
  const catalog = catalogs.find((c) => c.slug === form.catalogSlug);
  const editable = !quote || quote.allowedActions.includes("EDIT");
  const input = useMemo(() => toInput(form), [form]);
  const saved = useMemo(() => (quote ? JSON.stringify(toInput(fromQuote(quote))) : null), [quote]);
  const dirty = saved !== null && saved !== JSON.stringify(input);
  const { onDirty } = props;
  useEffect(() => onDirty?.(dirty), [dirty, onDirty]);
  const problems = useMemo(() => formProblems(form), [form]);
  const readable = Object.keys(problems).length === 0;
  // A discount row just added (no value yet) does not stop the preview: it is priced without it.
  const previewForm = useMemo(() => withoutBlankDiscounts(form), [form]);
  const previewable = useMemo(() => Object.keys(formProblems(previewForm)).length === 0, [previewForm]);
  const previewInput = useMemo(() => toInput(previewForm), [previewForm]);
  // Asked once there is a customer to price for (the server checks the customer as saving would).
  const named = [form.company, form.name, form.email].every((v) => v.trim() !== "");
  const { preview, last, loading, problem, problemField } = useQuotePreview(previewInput, quote?.id ?? null, editable && catalog !== undefined && previewable && named);

  // A refusal that names a field is said next to it; the rest above the totals or under the form.
  const fromServer = { ...serverProblems(problem, problemField), ...serverProblems(failure, failureField) };
  const marked = { ...fromServer, ...problems };
  const byField = (message: string | null, field: string | null) => Object.keys(serverProblems(message, field)).length > 0;
  const panelProblem = !previewable ? UNREADABLE : byField(problem, problemField) ? "see the field marked." : problem;
  const set = <K extends keyof QuoteForm>(key: K, value: QuoteForm[K]) => setForm((f) => ({ ...f, [key]: value }));
  const setOption = (i: number, change: Partial<OptionForm>) => setForm((f) => ({ ...f, options: f.options.map((o, j) => (j === i ? { ...o, ...change } : o)) }));
  const save = (e: FormEvent) => {
    e.preventDefault();
    void run(async () => {
      if (!readable) throw new Error(`Not saved: ${UNREADABLE}`);
      const stored = await saveQuote(input, quote ? { id: quote.id, lockVersion: quote.lockVersion } : null);
      // Saved: the form starts afresh from the stored revision (the server may have written a figure its own way).
      onDirty?.(false);
      if (!quote) navigate(`/quotes/${stored.id}`);
    });
  };
  const targetsOf = (i: number) => {
    const priced = last?.options[i];
    return priced && priced.planKey === form.options[i].planKey ? priced.discountTargets : [];
  };

  return (
    <section className="builder">
      <h1>{quote ? `Quote ${quote.number}` : "New quote"}</h1>
      {quote && (
        <div className="muted meta">
          <p>
            {quote.status.toLowerCase()} · {quote.catalogName}, version {quote.catalogVersion} · valid until {day(quote.validUntil) ?? "—"} ({quote.timeZone}) · {quote.listFigure.text}
            {quote.supersededBy && <> · replaced by {quote.supersededBy}</>}
            {quote.decidedByName && <> · decided by {quote.decidedByName}</>}
          </p>
          <OwnerPanel quote={quote} />
        </div>
      )}

      {props.behind && (
        <p role="status" className="banner">
          This quote changed while you were editing: an admin decided on it, or someone else saved it. What you typed is kept: save to put it on the
          new revision, or{" "}
          <button type="button" className="secondary small" onClick={props.onDrop}>
            drop my changes
          </button>
          .
        </p>
      )}

      <div className={editable ? "builder-body" : undefined}>
        <form className="editor" onSubmit={save} aria-label="Quote">
          <fieldset disabled={!editable || saving} className="card">
            <legend>Customer</legend>
            <CustomerFields
              form={form}
              problems={marked}
              set={set}
              orgZone={props.orgZone}
              catalogs={catalogs}
              onCatalog={(next) => setForm((f) => ({ ...f, catalogSlug: next.slug, options: [emptyOption(next.plans.find((p) => p.isTier)?.key ?? "")] }))}
            />
          </fieldset>
          {catalog && catalog.figures.length > 0 && (
            <fieldset disabled={!editable || saving} className="card">
              <legend>Figures {catalog.name} prices from</legend>
              <FigureFields catalog={catalog} form={form} set={set} problems={marked} warnings={preview?.warnings ?? quote?.warnings ?? []} />
            </fieldset>
          )}
          {editable && catalog && (
            <TierPicker
              catalog={catalog}
              form={form}
              onChoose={(planKey) => setOption(0, changePlan(form.options[0], catalog.plans, planKey).option)}
              onAddAlternative={(planKey) => setForm((f) => addAlternative(f, catalog.plans, planKey))}
            />
          )}
          {catalog &&
            form.options.map((o, i) => (
              <fieldset key={i} disabled={!editable || saving} className="plain">
                <OptionEditor
                  index={i}
                  option={o}
                  alternatives={form.options.length > 1}
                  catalog={catalog}
                  targets={targetsOf(i)}
                  problems={optionProblems(problems, i)}
                  editable={editable}
                  onChange={(change) => setOption(i, change)}
                  onRemove={form.options.length > 1 ? () => setForm((f) => ({ ...f, options: f.options.filter((_, j) => j !== i) })) : null}
                />
              </fieldset>
            ))}
          {editable && (
            <div className="actions">
              <button type="submit" disabled={saving || (quote !== null && !dirty)}>
                {quote ? "Save changes" : "Save draft"}
              </button>
              {dirty && <span className="muted small">Unsaved changes.</span>}
            </div>
          )}
          <ErrorAlert message={byField(failure, failureField) ? UNREADABLE_SAVE : failure} />
        </form>
        {editable ? <PreviewPanel preview={preview} loading={loading} problem={panelProblem} /> : quote && <SavedTotals quote={quote} />}
      </div>

      {quote && (
        <>
          <ApprovalPanel quote={quote} blocked={dirty ? UNSAVED : null} />
          <QuoteActions quote={quote} blocked={dirty ? UNSAVED : null} onSent={props.onSent} />
          <ShareLinks quote={quote} fresh={props.sentLink} />
          <QuoteTimeline quote={quote} />
        </>
      )}
    </section>
  );
}

