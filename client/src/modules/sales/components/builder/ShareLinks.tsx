import { useState } from "react";
import { ErrorAlert } from "../../../../shared/components/ErrorAlert.js";
import type { ShareLinks_QuoteFragment } from "../../graphql/share-links.fragment.js";
import { useAction } from "../../hooks/useAction.js";
import { useCreateShareLink } from "../../hooks/useCreateShareLink.js";
import { useRevokeShareLink } from "../../hooks/useRevokeShareLink.js";
import { dateTime } from "../../lib/date-time.js";

/**
 * The quote's share links. Only a digest of each link is stored, so a link cannot be shown twice:
 * "Copy a new link" issues another (the older ones keep working until revoked) and copies it.
 */
export function ShareLinks({ quote, fresh }: { quote: ShareLinks_QuoteFragment; fresh: string | null }) {
  const [issued, setIssued] = useState<string | null>(null);
  const { run, failure } = useAction();
  const { createShareLink, creatingLink } = useCreateShareLink();
  const { revokeShareLink } = useRevokeShareLink();
  const link = issued ?? fresh;
  const canShare = quote.allowedActions.includes("SHARE");
  const copy = (url: string) => void navigator.clipboard?.writeText(url).catch(() => undefined);
  if (!link && quote.shareLinks.length === 0 && !canShare) return null;
  return (
    <section className="card" aria-labelledby="links-heading">
      <h2 id="links-heading">Share links</h2>
      {link && (
        <p className="banner ok" role="status">
          New link, shown this once: <input readOnly value={link} aria-label="Share link" onFocus={(e) => e.target.select()} />{" "}
          <button type="button" className="secondary small" onClick={() => copy(link)}>
            Copy
          </button>
        </p>
      )}
      <ul>
        {quote.shareLinks.map((l) => (
          <li key={l.id}>
            Made {dateTime(l.createdAt)}
            {l.revokedAt ? ` · revoked ${dateTime(l.revokedAt)}` : " · active"}
            {!l.revokedAt && canShare && (
              <button type="button" className="secondary small" onClick={() => void run(() => revokeShareLink(quote.id, l.id))}>
                Revoke
              </button>
            )}
          </li>
        ))}
      </ul>
      {canShare && (
        <p>
          <button
            type="button"
            className="secondary"
            disabled={creatingLink}
            onClick={() =>
              void run(async () => {
                const created = await createShareLink(quote.id);
                setIssued(created.url);
                copy(created.url);
              })
            }
          >
            Copy a new link
          </button>{" "}
          <span className="muted small">Links are stored only as a digest, so this issues a new one; the others keep working until revoked.</span>
        </p>
      )}
      <ErrorAlert message={failure} />
    </section>
  );
}
