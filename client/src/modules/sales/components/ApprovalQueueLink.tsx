import { useQuery } from "@apollo/client/react";
import { POLLING } from "../../../shared/hooks/polling.js";
import { Link } from "../../../shared/router.js";
import { ApprovalQueueCountDocument } from "../graphql/approval-queue-count.query.js";

/** The admins' way to the quotes awaiting approval, with how many there are (kept current by polling). */
export function ApprovalQueueLink() {
  const { data } = useQuery(ApprovalQueueCountDocument, { fetchPolicy: "cache-and-network", ...POLLING });
  const page = data?.quotes;
  const count = page ? `${page.quotes.length}${page.nextCursor ? "+" : ""}` : null;
  return (
    <Link href="/quotes/approvals">
      Approvals{" "}
      {count !== null && (
        <>
          <span className="badge">{count}</span>
          <span className="sr-only"> awaiting</span>
        </>
      )}
    </Link>
  );
}
