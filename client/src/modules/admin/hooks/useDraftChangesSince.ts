import { useQuery } from "@apollo/client/react";
import { DraftChangesSinceDocument } from "../graphql/draft-changes-since.query.js";

/** Who changed the draft after `since`, and what they changed. */
export function useDraftChangesSince(slug: string, since: number) {
  const { data, loading } = useQuery(DraftChangesSinceDocument, { variables: { slug, since }, fetchPolicy: "network-only" });
  return { changesSince: data?.draftChangesSince ?? null, loading };
}
