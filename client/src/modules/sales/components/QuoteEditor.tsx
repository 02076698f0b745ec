import { useQuery } from "@apollo/client/react";
import { useState } from "react";
import { errorMessage } from "../../../shared/error-message.js";
import { CatalogChoicesDocument } from "../graphql/catalog-choices.query.js";
import { OrgZoneDocument } from "../graphql/org-zone.query.js";
import { useFormRevision } from "../hooks/useFormRevision.js";
import { useQuote } from "../hooks/useQuote.js";
import { QuoteBuilder } from "./builder/QuoteBuilder.js";

/** Builds a new quote, or shows and edits an existing one, with its actions. */
export function QuoteEditor({ id }: { id: string | null }) {
  const catalogs = useQuery(CatalogChoicesDocument);
  const zone = useQuery(OrgZoneDocument);
  const existing = useQuote(id);
  // The link a send just made: shown once, kept here so it survives the builder being re-read.
  const [sentLink, setSentLink] = useState<string | null>(null);
  const revision = useFormRevision(existing.quote);
  if (catalogs.loading || existing.loading || zone.loading) return <p role="status">Loading…</p>;
  if (catalogs.error || existing.error) return <p role="alert">{errorMessage(catalogs.error ?? existing.error)}</p>;
  const quote = existing.quote;
  return (
    <QuoteBuilder
      // A new revision of the quote (saved, approved, sent) starts the form from what was stored,
      // unless the rep has typed something not saved yet (useFormRevision).
      key={revision.key}
      behind={revision.behind}
      onDirty={revision.setDirty}
      onDrop={revision.drop}
      catalogs={catalogs.data!.catalogs}
      orgZone={zone.data?.settings.timeZone ?? null}
      quote={quote}
      sentLink={quote ? sentLink : null}
      onSent={setSentLink}
    />
  );
}
