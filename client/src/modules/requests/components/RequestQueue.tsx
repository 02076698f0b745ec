import { useQuery } from "@apollo/client/react";
import { useState } from "react";
import type { QuoteRequestStatus } from "../../../__generated__/requests/graphql.js";
import { QuoteRequestsDocument } from "../graphql/quote-requests.query.js";
import { RequestCard } from "./RequestCard.js";
import "../requests.css";

// All by default: a request a rep takes stays in view, now showing whose it is.
const FILTERS: { value: QuoteRequestStatus | ""; label: string }[] = [
  { value: "", label: "All" },
  { value: "OPEN", label: "New" },
  { value: "TAKEN", label: "Taken" },
  { value: "CONVERTED", label: "Quoted" },
  { value: "CLOSED", label: "Closed" },
];

/** The sales queue of prospects' quote requests, newest first. */
export function RequestQueue() {
  const [status, setStatus] = useState<QuoteRequestStatus | "">("");
  const { data, loading, error, fetchMore } = useQuery(QuoteRequestsDocument, { variables: { status: status || null } });
  const page = data?.quoteRequests;
  return (
    <section className="requests">
      <div className="title-row">
        <h1>Quote requests</h1>
        <label className="inline">
          Show
          <select value={status} onChange={(e) => setStatus(e.target.value as QuoteRequestStatus | "")}>
            {FILTERS.map((f) => (
              <option key={f.label} value={f.value}>
                {f.label}
              </option>
            ))}
          </select>
        </label>
      </div>
      {loading && !page && <p role="status">Loading the requests…</p>}
      {error && <p role="alert">The requests could not be loaded. Please try again.</p>}
      {page && page.requests.length === 0 && <p role="status">{status ? `No ${FILTERS.find((f) => f.value === status)!.label.toLowerCase()} requests.` : "No quote requests yet."}</p>}
      {page?.requests.map((r) => (
        <RequestCard key={r.id} request={r} />
      ))}
      {page?.nextCursor && (
        <button
          type="button"
          className="secondary"
          onClick={() =>
            void fetchMore({
              variables: { after: page.nextCursor },
              updateQuery: (prev, { fetchMoreResult }) => ({
                quoteRequests: { ...fetchMoreResult.quoteRequests, requests: [...prev.quoteRequests.requests, ...fetchMoreResult.quoteRequests.requests] },
              }),
            })
          }
        >
          Show older requests
        </button>
      )}
    </section>
  );
}
