import { useQuery } from "@apollo/client/react";
import { useState } from "react";
import { errorCode } from "../../../shared/error-message.js";
import { day } from "../../../shared/format.js";
import { SharedQuoteDocument, type SharedQuoteQuery } from "../graphql/shared-quote.query.js";
import { AcceptanceRecord } from "./AcceptanceRecord.js";
import { AcceptForm } from "./AcceptForm.js";
import { DeclineForm } from "./DeclineForm.js";
import { QuoteOptions } from "./QuoteOptions.js";
import { SharedTimeline } from "./SharedTimeline.js";
import "../shared-quote.css";

type Quote = SharedQuoteQuery["sharedQuote"];

/** What a customer sees through a share link: the vendor's offer, and a way to accept or decline it. */
export function SharedQuotePage({ token }: { token: string }) {
  const { data, loading, error } = useQuery(SharedQuoteDocument, { variables: { token } });
  const [choice, setChoice] = useState<number | null>(null);

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
  const alternatives = q.options.length > 1;
  const chosen = alternatives ? choice : 0;
  // The timeline's response examples follow the option accepted, or the one being looked at.
  const shown = q.acceptedOption ?? chosen;

  return (
    <section className="shared-quote">
      <p className="vendor">{q.vendor}</p>
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
      <StatusBanner quote={q} />
      {q.priceToBeAgreed && <p className="banner">Some prices in this quote are to be agreed with your contact.</p>}
      {q.changesSinceLastSeen && q.changesSinceLastSeen.length > 0 && (
        <section className="card changes" aria-labelledby="changes-heading">
          <h2 id="changes-heading">What changed since the version you saw</h2>
          <ul>
            {q.changesSinceLastSeen.map((c) => (
              <li key={c}>{c}</li>
            ))}
          </ul>
        </section>
      )}

      <QuoteOptions quote={q} choice={chosen} onChoose={open ? setChoice : null} />

      {/* With a go-live date the timeline dates the guarantee; without one, only its length is known. */}
      {q.guarantee && !q.guarantee.startsOn && <p>Free post-project guarantee: {q.guarantee.days} days from go-live.</p>}
      <SharedTimeline timeline={(shown === null ? null : q.options[shown].timeline) ?? q.timeline} />

      {open && (
        <div className="decide">
          <AcceptForm key={chosen ?? "none"} token={token} option={chosen === null ? null : q.options[chosen]} index={chosen} alternatives={alternatives} />
          <DeclineForm token={token} />
        </div>
      )}
      {q.acceptance && <AcceptanceRecord acceptance={q.acceptance} acceptedAtInZone={q.decidedAtInZone} />}
    </section>
  );
}

/** Where the quote stands when it can no longer be accepted, in words. */
function StatusBanner({ quote: q }: { quote: Quote }) {
  const on = q.decidedAtInZone ? ` on ${q.decidedAtInZone}` : "";
  switch (q.status) {
    case "ACCEPTED": {
      const option = q.acceptedOption !== null && q.options.length > 1 ? `, choosing ${q.options[q.acceptedOption].label}: ${q.options[q.acceptedOption].planName}` : "";
      return (
        <p role="status" className="banner ok">
          Accepted by {q.decidedByName}
          {on}
          {option}. Thank you! {q.vendor} has been told.
        </p>
      );
    }
    case "DECLINED":
      return (
        <p role="status" className="banner">
          Declined{q.decidedByName ? ` by ${q.decidedByName}` : ""}
          {on}. {q.vendor} has been told.
        </p>
      );
    case "EXPIRED":
      return (
        <p role="status" className="banner">
          Expired: this quote was valid until {day(q.validUntil)} (end of day, {q.timeZone}). Ask your contact at {q.vendor} for a new one.
        </p>
      );
    case "SUPERSEDED":
      return (
        <p role="status" className="banner">
          This quote was replaced by a newer one; ask your contact at {q.vendor} for the new link.
        </p>
      );
    default:
      return null;
  }
}
