import { useQuery } from "@apollo/client/react";
import { ErrorAlert } from "../../../../shared/components/ErrorAlert.js";
import { Field } from "../../../../shared/components/Field.js";
import type { OwnerPanel_QuoteFragment } from "../../graphql/owner-panel.fragment.js";
import { SalesUsersDocument } from "../../graphql/sales-users.query.js";
import { useAction } from "../../hooks/useAction.js";
import { useAssignQuote } from "../../hooks/useAssignQuote.js";

/** Who owns the quote; where the server allows it (admins), hand it to another user. */
export function OwnerPanel({ quote }: { quote: OwnerPanel_QuoteFragment }) {
  const canAssign = quote.allowedActions.includes("ASSIGN");
  const users = useQuery(SalesUsersDocument, { skip: !canAssign });
  const { run, failure } = useAction();
  const { assignQuote, assigning } = useAssignQuote();
  if (!canAssign) return <p className="muted">Owner: {quote.owner.name}</p>;
  const choices = (users.data?.users ?? []).filter((u) => !u.disabled || u.id === quote.owner.id);
  return (
    <div className="owner">
      <Field label="Owner" hint="Only the owner (or an admin) changes and sends it.">
        <select value={quote.owner.id} disabled={assigning || !users.data} onChange={(e) => void run(() => assignQuote(quote.id, e.target.value))}>
          {!users.data && <option value={quote.owner.id}>{quote.owner.name}</option>}
          {choices.map((u) => (
            <option key={u.id} value={u.id}>
              {u.name} ({u.role.toLowerCase()})
            </option>
          ))}
        </select>
      </Field>
      <ErrorAlert message={failure} />
    </div>
  );
}
