import type { QuoteFilterInput, QuoteStatus } from "../../../__generated__/sales/graphql.js";

/** The list's status choice: a stored status, or one of the server's named filters. */
export type StatusChoice = QuoteStatus | "AWAITING_APPROVAL" | "EXPIRING" | "";

export const STATUS_CHOICES: { value: StatusChoice; label: string }[] = [
  { value: "", label: "Any" },
  { value: "DRAFT", label: "Draft" },
  { value: "AWAITING_APPROVAL", label: "Awaiting approval" },
  { value: "SENT", label: "Sent" },
  { value: "EXPIRING", label: "Expiring within 7 days" },
  { value: "ACCEPTED", label: "Accepted" },
  { value: "DECLINED", label: "Declined" },
  { value: "EXPIRED", label: "Expired" },
  { value: "SUPERSEDED", label: "Superseded" },
];

/** The owner choice: anyone, the signed-in user, or a user's id. */
export type OwnerChoice = "" | "mine" | { id: string };

/** The list's choices as the API's QuoteFilterInput (null when nothing narrows it). */
export function quoteFilter(status: StatusChoice, owner: OwnerChoice): QuoteFilterInput | null {
  const filter: QuoteFilterInput = {};
  if (status === "AWAITING_APPROVAL") filter.awaitingApproval = true;
  else if (status === "EXPIRING") filter.expiringWithinDays = 7;
  else if (status) filter.status = status;
  if (owner === "mine") filter.mine = true;
  else if (owner) filter.ownerId = owner.id;
  return Object.keys(filter).length > 0 ? filter : null;
}
