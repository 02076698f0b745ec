import { useState } from "react";
import { ErrorAlert } from "../../../../shared/components/ErrorAlert.js";
import { Field } from "../../../../shared/components/Field.js";
import type { ApprovalPanel_QuoteFragment } from "../../graphql/approval-panel.fragment.js";
import { useAction } from "../../hooks/useAction.js";
import { useApproveQuote } from "../../hooks/useApproveQuote.js";
import { useRejectQuote } from "../../hooks/useRejectQuote.js";
import { useRequestApproval } from "../../hooks/useRequestApproval.js";
import { dateTime } from "../../lib/date-time.js";

const when = (at: string | null) => (at ? dateTime(at) : "");

/**
 * Where the saved draft's approval stands (who asked, when, with what note; who decided and why),
 * and the steps the server allows this user: request with a note, approve, reject with a reason.
 */
export function ApprovalPanel({ quote, blocked }: { quote: ApprovalPanel_QuoteFragment; blocked: string | null }) {
  const a = quote.approval;
  const [note, setNote] = useState("");
  const [reason, setReason] = useState("");
  const { run, failure } = useAction();
  const { requestApproval, requesting } = useRequestApproval();
  const { approveQuote, approving } = useApproveQuote();
  const { rejectQuote, rejecting } = useRejectQuote();
  const may = (action: string) => quote.allowedActions.includes(action as never);
  const busy = requesting || approving || rejecting || blocked !== null;
  // Once sent, only an approval is worth recalling (who approved what was sent, and when).
  if (a.state === "NOT_NEEDED" || (quote.status !== "DRAFT" && a.state !== "APPROVED")) return null;
  return (
    <section className="card approval" aria-labelledby="approval-heading">
      <h2 id="approval-heading">Approval</h2>
      {a.reasons.length > 0 && (
        <ul>
          {a.reasons.map((r) => (
            <li key={r}>{r}</li>
          ))}
        </ul>
      )}
      <p role="status" className="approval-state">
        {a.state === "NEEDED" && "An admin must approve this quote before it is sent."}
        {a.state === "REQUESTED" && `Awaiting approval: asked by ${a.requestedBy?.name ?? "someone"} on ${when(a.requestedAt)}.`}
        {a.state === "APPROVED" && `Approved by ${a.approvedBy?.name ?? "an admin"} on ${when(a.approvedAt)}.`}
        {a.state === "REJECTED" && `Rejected by ${a.rejectedBy?.name ?? "an admin"} on ${when(a.rejectedAt)}: ${a.rejectionReason ?? ""}`}
      </p>
      {a.state === "REQUESTED" && a.note && <blockquote className="note">“{a.note}”</blockquote>}
      {blocked && <p className="muted small">{blocked}</p>}
      {may("REQUEST_APPROVAL") && (
        <div className="actions">
          <Field label="Note for the admin" hint="Optional: why this price or discount.">
            <textarea rows={2} value={note} onChange={(e) => setNote(e.target.value)} />
          </Field>
          <button type="button" disabled={busy} onClick={() => void run(() => requestApproval(quote.id, note))}>
            Request approval
          </button>
        </div>
      )}
      {may("APPROVE") && (
        <div className="actions">
          <button type="button" disabled={busy} onClick={() => void run(() => approveQuote(quote.id, quote.lockVersion))}>
            Approve
          </button>
        </div>
      )}
      {may("REJECT") && (
        <div className="actions">
          <Field label="Reason for rejecting" hint="The rep reads it on the quote.">
            <input value={reason} onChange={(e) => setReason(e.target.value)} />
          </Field>
          <button type="button" className="secondary" disabled={busy || reason.trim() === ""} onClick={() => void run(() => rejectQuote(quote.id, quote.lockVersion, reason))}>
            Reject
          </button>
        </div>
      )}
      <ErrorAlert message={failure} />
    </section>
  );
}
