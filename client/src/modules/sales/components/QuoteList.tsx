import { useQuery } from "@apollo/client/react";
import type { QuoteStatus } from "../../../__generated__/sales/graphql.js";
import { useState } from "react";
import { money } from "../../../shared/format.js";
import { Link } from "../../../shared/router.js";
import { errorMessage } from "../../../shared/error-message.js";
import { QuotesDocument, type QuotesQuery } from "../graphql/quotes.query.js";

type QuoteRow = QuotesQuery["quotes"]["quotes"][number];

const STATUSES: QuoteStatus[] = ["DRAFT", "SENT", "ACCEPTED", "DECLINED", "EXPIRED", "SUPERSEDED"];

/** Quotes, newest first, with search by customer or number and a status filter. */
export function QuoteList() {
  const [search, setSearch] = useState("");
  const [status, setStatus] = useState<QuoteStatus | "">("");
  const { data, loading, error, fetchMore } = useQuery(QuotesDocument, {
    variables: { first: 25, search: search.trim() || null, status: status || null },
  });
  return (
    <section>
      <div className="title-row">
        <h1>Quotes</h1>
        <Link className="button" href="/quotes/new">
          New quote
        </Link>
      </div>
      <form className="figures" role="search" onSubmit={(e) => e.preventDefault()}>
        <label>
          Search
          <input type="search" placeholder="Customer or number" value={search} onChange={(e) => setSearch(e.target.value)} />
        </label>
        <label>
          Status
          <select value={status} onChange={(e) => setStatus(e.target.value as QuoteStatus | "")}>
            <option value="">Any</option>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {s.toLowerCase()}
              </option>
            ))}
          </select>
        </label>
      </form>
      {loading && !data && <p role="status">Loading quotes…</p>}
      {error && <p role="alert">{errorMessage(error)}</p>}
      {data && data.quotes.quotes.length === 0 && <p>No quotes yet{search || status ? " match" : ""}.</p>}
      {data && data.quotes.quotes.length > 0 && (
        <table className="matrix">
          <thead>
            <tr>
              <th>Number</th>
              <th>Customer</th>
              <th>Catalog</th>
              <th>Status</th>
              <th className="amount">Total</th>
            </tr>
          </thead>
          <tbody>
            {data.quotes.quotes.map((q) => (
              <tr key={q.id}>
                <td>
                  <Link href={`/quotes/${q.id}`}>{q.number}</Link>
                </td>
                <td>
                  {q.customer.company}
                  <div className="muted small">{q.customer.name}</div>
                </td>
                <td>{q.catalogName}</td>
                <td>{q.status.toLowerCase()}</td>
                <td className="amount">{money(q.total, q.currency) ?? "on request"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {data?.quotes.nextCursor && (
        <button
          className="secondary"
          onClick={() =>
            void fetchMore({
              variables: { after: data.quotes.nextCursor },
              updateQuery: (prev, { fetchMoreResult }) => ({
                quotes: { ...fetchMoreResult.quotes, quotes: [...prev.quotes.quotes, ...fetchMoreResult.quotes.quotes] },
              }),
            })
          }
        >
          Show older quotes
        </button>
      )}
    </section>
  );
}
