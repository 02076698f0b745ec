import { useQuery } from "@apollo/client/react";
import { useState, type FormEvent } from "react";
import { QuoteLines } from "../../../shared/components/QuoteLines.js";
import { day, headingLead } from "../../../shared/format.js";
import { errorCode } from "../../../shared/error-message.js";
import { SharedQuoteDocument } from "../graphql/shared-quote.query.js";
import { useAcceptQuote } from "../hooks/useAcceptQuote.js";
import { useDeclineQuote } from "../hooks/useDeclineQuote.js";

const STATUS_WORDS: Record<string, string> = {
  ACCEPTED: "Accepted",
  DECLINED: "Declined",
  EXPIRED: "This quote has expired; ask your contact for a new one.",
  SUPERSEDED: "This quote was replaced by a newer one; ask your contact for the new link.",
};

/** What a customer sees through a share link: the offer, and a way to accept or decline it. */
export function SharedQuotePage({ token }: { token: string }) {
  const { data, loading, error } = useQuery(SharedQuoteDocument, { variables: { token } });
  const { accept, accepting, error: acceptError } = useAcceptQuote(token);
  const { decline, declining, error: declineError } = useDeclineQuote(token);
  const [choice, setChoice] = useState(0);
  const [name, setName] = useState("");
  const [read, setRead] = useState(false);
  const [reason, setReason] = useState("");

  if (loading) return <p role="status">Loading your quote…</p>;
  if (error || !data) {
    const notFound = errorCode(error) === "NOT_FOUND";
    return (
      <section>
        <h1>Quote not available</h1>
        <p role="alert">{notFound ? "This link does not open a quote; it may have been withdrawn. Ask your contact for a new one." : "The quote could not be loaded. Please try again."}</p>
      </section>
    );
  }
  const q = data.sharedQuote;
  const open = q.status === "SENT";
  const failure = acceptError ?? declineError;

  const onAccept = async (e: FormEvent) => {
    e.preventDefault();
    if (!name.trim()) return;
    await accept(name.trim(), choice, read);
  };

  return (
    <section>
      <p className="muted">{q.catalogName}</p>
      <h1>
        Quote {q.number} for {q.customer.company}
      </h1>
      <p>
        Prepared for {q.customer.name}.{" "}
        {q.validUntil && (
          <>
            Valid until {day(q.validUntil)} (end of day, {q.timeZone}).
          </>
        )}{" "}
        <a href={`/q/${token}/pdf`}>Download the PDF</a>
      </p>
      {q.status !== "SENT" && (
        <p role="status" className={q.status === "ACCEPTED" ? "banner ok" : "banner"}>
          {q.status === "ACCEPTED"
            ? `Accepted by ${q.decidedByName}${q.options.length > 1 ? ` (${q.options[q.acceptedOption ?? 0].label})` : ""}. Thank you!`
            : q.status === "DECLINED"
              ? "You declined this quote."
              : STATUS_WORDS[q.status]}
        </p>
      )}

      <div className="columns">
        {q.options.map((o, i) => (
          <article key={i} className={`card option${q.acceptedOption === i ? " chosen" : ""}`}>
            <h2>
              {open && q.options.length > 1 ? (
                <label>
                  <input type="radio" name="option" checked={choice === i} onChange={() => setChoice(i)} /> {o.label}: {o.planName}
                </label>
              ) : (
                <>{o.label ? `${o.label}: ${o.planName}` : o.planName}</>
              )}
            </h2>
            <QuoteLines lines={o.lines} total={o.total} currency={q.currency} />
            {o.sla.some((s) => s.targets.length > 0) &&
              o.sla.map((s) => (
                <div key={s.planKey}>
                  <h3>{s.planName}: first response</h3>
                  {s.hours && <p className="muted small">Support hours: {s.hours}</p>}
                  <ul className="small">
                    {s.targets.map((t) => (
                      <li key={t.priorityLabel}>
                        {t.priorityLabel}: {t.target}
                      </li>
                    ))}
                  </ul>
                </div>
              ))}
          </article>
        ))}
      </div>

      {q.guarantee && (
        <p>
          Free post-project guarantee: {q.guarantee.days} days
          {q.guarantee.startsOn && q.guarantee.endsOn && `, from ${day(q.guarantee.startsOn)} to ${day(q.guarantee.endsOn)}`}.
        </p>
      )}

      {q.options[0].exclusions.length > 0 && (
        <details>
          <summary>What is not covered</summary>
          <ul>
            {q.options[0].exclusions.map((e, i) => (
              <li key={i}>
                {e.heading && <strong>{headingLead(e.heading)}</strong>}
                {e.text}
              </li>
            ))}
          </ul>
        </details>
      )}

      {open && (
        <div className="decide">
          <form onSubmit={onAccept} className="card">
            <h2>Accept {q.options.length > 1 ? `option “${q.options[choice].label}”` : "this quote"}</h2>
            {q.options[choice].clauses.length > 0 && (
              <ul className="small">
                {q.options[choice].clauses.map((c) => (
                  <li key={c}>{c}</li>
                ))}
              </ul>
            )}
            <label>
              <input type="checkbox" checked={read} onChange={(e) => setRead(e.target.checked)} /> I have read the exclusions and warranty clauses
            </label>
            <label>
              Your full name
              <input value={name} onChange={(e) => setName(e.target.value)} autoComplete="name" required />
            </label>
            <button type="submit" disabled={!name.trim() || !read || accepting}>
              {accepting ? "Accepting…" : "Accept"}
            </button>
          </form>
          <form
            className="card"
            onSubmit={(e) => {
              e.preventDefault();
              void decline(name.trim() || null, reason.trim() || null);
            }}
          >
            <h2>Not for you?</h2>
            <label>
              Reason (optional)
              <input value={reason} onChange={(e) => setReason(e.target.value)} />
            </label>
            <button type="submit" className="secondary" disabled={declining}>
              Decline
            </button>
          </form>
        </div>
      )}
      {failure && <p role="alert">{failure}</p>}
    </section>
  );
}
