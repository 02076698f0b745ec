import { useQuery } from "@apollo/client/react";
import { Link } from "../../../shared/router.js";
import { OpenQuoteRequestsDocument } from "../graphql/open-requests.query.js";

/** "Requests (3 new)": the queue, with how many nobody has taken yet. */
export function RequestsNavLink() {
  const { data } = useQuery(OpenQuoteRequestsDocument, { fetchPolicy: "cache-and-network" });
  const page = data?.quoteRequests;
  const count = page ? `${page.requests.length}${page.nextCursor ? "+" : ""}` : null;
  return <Link href="/quotes/requests">{count && count !== "0" ? `Requests (${count} new)` : "Requests"}</Link>;
}
