import { useQuery } from "@apollo/client/react";
import { useState } from "react";
import { errorMessage } from "../../../shared/error-message.js";
import { day } from "../../../shared/format.js";
import { Link } from "../../../shared/router.js";
import type { SessionUser } from "../../../shared/graphql/session.fragment.js";
import { QuotesDocument } from "../graphql/quotes.query.js";
import { SalesUsersDocument } from "../graphql/sales-users.query.js";
import { quoteFilter, STATUS_CHOICES, type OwnerChoice, type StatusChoice } from "../lib/list-filter.js";

const PAGE = 25;

/**
 * Quotes, newest first: search, status (with awaiting approval and expiring within 7 days), owner,
 * and older pages. Each row's figure is the server's list figure (the accepted option, one total,
 * or the range over the alternatives). Opened as the approval queue, it starts on awaiting approval.
 */
export function QuoteList({ me, queue = false }: { me: SessionUser; queue?: boolean }) {
  const [search, setSearch] = useState("");
  const [status, setStatus] = useState<StatusChoice>(queue ? "AWAITING_APPROVAL" : "");
  const [owner, setOwner] = useState<OwnerChoice>("");
  const users = useQuery(SalesUsersDocument, { skip: me.role !== "ADMIN" });
  const { data, loading, error, fetchMore } = useQuery(QuotesDocument, {
    variables: { first: PAGE, search: search.trim() || null, filter: quoteFilter(status, owner) },
  });
  const rows = data?.quotes.quotes ?? [];
  const narrowed = Boolean(search || status || owner);
  return (
    <section>
      <div className="title-row">
        <h1>{queue ? "Approval queue" : "Quotes"}</h1>
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
          <select value={status} onChange={(e) => setStatus(e.target.value as StatusChoice)}>
            {STATUS_CHOICES.map((s) => (
              <option key={s.value} value={s.value}>
                {s.label}
              </option>
            ))}
          </select>
        </label>
        <label>
          Owner
          <select
            value={typeof owner === "string" ? owner : owner.id}
            onChange={(e) => setOwner(e.target.value === "" || e.target.value === "mine" ? (e.target.value as OwnerChoice) : { id: e.target.value })}
          >
            <option value="">Anyone</option>
            <option value="mine">Mine</option>
            {(users.data?.users ?? [])
              .filter((u) => u.id !== me.id)
              .map((u) => (
                <option key={u.id} value={u.id}>
                  {u.name}
                </option>
              ))}
          </select>
        </label>
      </form>
      {loading && !data && <p role="status">Loading quotes…</p>}
      {error && <p role="alert">{errorMessage(error)}</p>}
      {data && rows.length === 0 && <p>{narrowed ? "No quotes match." : "No quotes yet."}</p>}
      {rows.length > 0 && (
        <div className="table-scroll">
          <table className="matrix quote-list">
            <thead>
              <tr>
                <th>Number</th>
                <th>Customer</th>
                <th>Catalog</th>
                <th>Status</th>
                <th>Owner</th>
                <th className="amount">Figure</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((q) => (
                <tr key={q.id}>
                  <td>
                    <Link href={`/quotes/${q.id}`}>{q.number}</Link>
                  </td>
                  <td>
                    {q.customer.company}
                    <div className="muted small">{q.customer.name}</div>
                  </td>
                  <td>{q.catalogName}</td>
                  <td>
                    {q.status.toLowerCase()}
                    {q.approval.state === "REQUESTED" && <div className="badge">awaiting approval</div>}
                    {q.status === "SENT" && q.validUntil && <div className="muted small">until {day(q.validUntil)}</div>}
                  </td>
                  <td>{q.owner.name}</td>
                  <td className="amount">{q.listFigure.text}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
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
