import { useQuery } from "@apollo/client/react";
import { POLLING } from "../../../shared/hooks/polling.js";
import { Link } from "../../../shared/router.js";
import { OpenQuoteRequestsDocument } from "../graphql/open-requests.query.js";

/** "Requests (3 new)": the queue, with how many nobody has taken yet (kept current by polling). */
export function RequestsNavLink() {
  const { data } = useQuery(OpenQuoteRequestsDocument, { fetchPolicy: "cache-and-network", ...POLLING });
  const page = data?.quoteRequests;
  const count = page ? `${page.requests.length}${page.nextCursor ? "+" : ""}` : null;
  return <Link href="/quotes/requests">{count && count !== "0" ? `Requests (${count} new)` : "Requests"}</Link>;
}
