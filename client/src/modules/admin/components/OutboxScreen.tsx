import { useQuery } from "@apollo/client/react";
import { useState } from "react";
import { ErrorAlert } from "../../../shared/components/ErrorAlert.js";
import { errorMessage } from "../../../shared/error-message.js";
import { OutboxDocument, type OutboxQuery } from "../graphql/outbox.query.js";
import { deliveryWords, instant, STATUS_LABEL } from "../lib/outbox-words.js";

const PAGE = 20;
type Message = OutboxQuery["outbox"]["messages"][number];

function MessageItem({ m }: { m: Message }) {
  return (
    <li className={`card message ${m.status.toLowerCase()}`}>
      <details>
        <summary>
          <span className="message-subject">{m.subject}</span>
          <span className="muted small">
            to {m.to} · {instant(m.createdAt)} · <span className="message-status">{STATUS_LABEL[m.status]}</span>
          </span>
        </summary>
        <p className="small">{deliveryWords(m)}</p>
        <pre className="message-body">{m.text}</pre>
      </details>
    </li>
  );
}

/**
 * /admin/outbox: every email Tierwise wrote, newest first, a page at a time; sent through
 * SMTP when configured, otherwise kept here so every message that would have gone out can
 * be read. Open a message for its text.
 */
export function OutboxScreen() {
  // The cursors of the pages walked through (null: the newest page), so Newer goes back.
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const after = cursors[cursors.length - 1];
  const { data, previousData, loading, error } = useQuery(OutboxDocument, { variables: { after, first: PAGE }, fetchPolicy: "cache-and-network" });
  const page = (data ?? previousData)?.outbox;

  return (
    <section>
      <h1>Outbox</h1>
      <p className="muted">Every email written, newest first: to customers (share links, acceptances) and to staff (requests, approvals).</p>
      {loading && !page && <p role="status">Loading the messages…</p>}
      <ErrorAlert message={error ? errorMessage(error) : null} />
      {page && page.messages.length === 0 && <p>No message yet.</p>}
      {page && (
        <ul className="message-list" aria-busy={loading}>
          {page.messages.map((m) => (
            <MessageItem key={m.id} m={m} />
          ))}
        </ul>
      )}
      <nav className="actions" aria-label="Outbox pages">
        <button type="button" className="secondary" disabled={cursors.length === 1} onClick={() => setCursors(cursors.slice(0, -1))}>
          Newer messages
        </button>
        <button type="button" className="secondary" disabled={!page?.nextCursor || loading} onClick={() => page?.nextCursor && setCursors([...cursors, page.nextCursor])}>
          Older messages
        </button>
      </nav>
    </section>
  );
}
