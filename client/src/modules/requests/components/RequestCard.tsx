import { useState, type FormEvent } from "react";
import { ErrorAlert } from "../../../shared/components/ErrorAlert.js";
import { Field } from "../../../shared/components/Field.js";
import { day, money } from "../../../shared/format.js";
import { Link } from "../../../shared/router.js";
import type { RequestCard_RequestFragment } from "../graphql/request-card.fragment.js";
import { useCloseRequest } from "../hooks/useCloseRequest.js";
import { useConvertRequest } from "../hooks/useConvertRequest.js";
import { useTakeRequest } from "../hooks/useTakeRequest.js";

type Request = RequestCard_RequestFragment;

const STATUS: Record<string, string> = { OPEN: "New", TAKEN: "Taken", CLOSED: "Closed", CONVERTED: "Quoted" };

/** The figures the prospect gave, in words; the ones not given are left out. */
function figureWords(f: Request["figures"], currency: string): string[] {
  return [
    f.licensePrice !== null && `License price ${money(f.licensePrice, currency)}`,
    f.projectBudget !== null && `Project budget ${money(f.projectBudget, currency)}`,
    `${f.termYears} ${f.termYears === 1 ? "year" : "years"}`,
    f.goLiveDate && `Go-live ${day(f.goLiveDate)}`,
    f.agents !== null && `${f.agents} agents`,
    f.bots !== null && `${f.bots} bots`,
    f.licenseEdition && `Edition ${f.licenseEdition}`,
  ].filter((w): w is string => typeof w === "string");
}

/** One request in the queue: what the prospect looked at and wrote, whose it is, and what can be done with it. */
export function RequestCard({ request: r }: { request: Request }) {
  const { take, busy: taking, error: takeError } = useTakeRequest();
  const { convert, busy: converting, error: convertError } = useConvertRequest();
  const { close, busy: closing, error: closeError, errorField } = useCloseRequest();
  const [closingOpen, setClosingOpen] = useState(false);
  const [reason, setReason] = useState("");
  const active = r.status === "OPEN" || r.status === "TAKEN";
  const onClose = (e: FormEvent) => {
    e.preventDefault();
    void close(r.id, reason.trim());
  };
  const plan = [r.planName, ...r.addOnNames].join(" with ");
  return (
    <article className="card request" aria-labelledby={`req-${r.id}`}>
      <header className="title-row">
        <h2 id={`req-${r.id}`}>
          {r.reference}: {r.company}
        </h2>
        <span className={`badge status-${r.status.toLowerCase()}`}>{STATUS[r.status]}</span>
      </header>
      <p>
        {r.contactName} · <a href={`mailto:${r.email}`}>{r.email}</a> · asked {new Date(r.createdAt).toLocaleString("en-GB", { dateStyle: "medium", timeStyle: "short" })}
      </p>
      <p>
        <strong>
          {r.catalogName} {plan}
        </strong>
        : {money(r.total, r.currency) ?? "price on request"} · {figureWords(r.figures, r.currency).join(" · ")}
      </p>
      {r.message && <blockquote className="message">{r.message}</blockquote>}
      {r.owner && <p className="muted small">{r.status === "TAKEN" ? `Taken by ${r.owner.name}` : `Handled by ${r.owner.name}`}</p>}
      {r.status === "CLOSED" && r.closeReason && <p className="muted small">Closed: {r.closeReason}</p>}
      {r.quoteId && (
        <p>
          Became quote <Link href={`/quotes/${r.quoteId}`}>{r.quoteNumber}</Link>
        </p>
      )}
      {active && (
        <div className="actions">
          {r.status === "OPEN" && (
            <button type="button" className="secondary" disabled={taking} onClick={() => void take(r.id)}>
              Take it
            </button>
          )}
          <button type="button" disabled={converting} onClick={() => void convert(r.id)}>
            Make a draft quote
          </button>
          <button type="button" className="secondary" aria-expanded={closingOpen} onClick={() => setClosingOpen((o) => !o)}>
            Close without a quote
          </button>
        </div>
      )}
      {active && closingOpen && (
        <form className="close-form" onSubmit={onClose}>
          <Field label={`Why close ${r.reference}?`} error={errorField === "reason" ? closeError : null}>
            <input value={reason} onChange={(e) => setReason(e.target.value)} required />
          </Field>
          <button type="submit" className="secondary" disabled={closing}>
            Close the request
          </button>
        </form>
      )}
      <ErrorAlert message={takeError ?? convertError ?? (errorField === "reason" ? null : closeError)} />
    </article>
  );
}
