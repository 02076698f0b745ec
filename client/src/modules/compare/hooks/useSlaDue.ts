import { useQuery } from "@apollo/client/react";
import { SlaDueDocument } from "../graphql/lazy/sla-due.query.js";

/** When the plan's first response to a ticket of this priority is due, as the server's SLA clock counts it. */
export function useSlaDue(input: { catalogSlug: string; planKey: string; priorityKey: string; submittedAt: string; timeZone: string | null } | null) {
  const { data, loading, error } = useQuery(SlaDueDocument, { variables: { input: input! }, skip: input === null });
  return { due: data?.slaDueAt ?? null, loading, failed: !!error };
}
