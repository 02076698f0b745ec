import { useState } from "react";
import { ErrorAlert } from "../../../shared/components/ErrorAlert.js";
import { money } from "../../../shared/format.js";
import { useDebounced } from "../../../shared/hooks/useDebounced.js";
import type { CreditCategories_CatalogFragment } from "../graphql/lazy/credit-categories.fragment.js";
import { useCreditEstimate } from "../hooks/useCreditEstimate.js";
import { countOrNull } from "../lib/figures-url.js";

/** Requests per category (and the versions of an upgrade) -> credits and the packs to buy, from `estimateCredits`. */
export function CreditEstimator({ catalog }: { catalog: CreditCategories_CatalogFragment }) {
  const [counts, setCounts] = useState<Record<string, string>>({});
  const [versions, setVersions] = useState<Record<string, { from: string; to: string }>>({});
  const requests = useDebounced(
    catalog.requestCategories
      .map((c) => ({
        categoryKey: c.key,
        count: countOrNull(counts[c.key] ?? "") ?? 0,
        ...(c.creditKind === "UPGRADE" && versions[c.key]?.from && versions[c.key]?.to ? { fromVersion: versions[c.key].from.trim(), toVersion: versions[c.key].to.trim() } : {}),
      }))
      .filter((r) => r.count > 0),
    300,
  );
  const { estimate, loading, error } = useCreditEstimate(catalog.slug, requests);
  return (
    <form className="estimator" onSubmit={(e) => e.preventDefault()} aria-label="Credit estimator">
      <div className="grid">
        {catalog.requestCategories.map((c) => (
          <div key={c.key} className="stack">
            <label>
              {c.label}: requests
              <input inputMode="numeric" className="short" value={counts[c.key] ?? ""} onChange={(e) => setCounts((old) => ({ ...old, [c.key]: e.target.value }))} />
            </label>
            {c.creditKind === "UPGRADE" && (
              <div className="pair">
                <label>
                  From version
                  <input placeholder="4.3.1" className="short" value={versions[c.key]?.from ?? ""} onChange={(e) => setVersions((old) => ({ ...old, [c.key]: { from: e.target.value, to: old[c.key]?.to ?? "" } }))} />
                </label>
                <label>
                  To version
                  <input placeholder="4.3.9" className="short" value={versions[c.key]?.to ?? ""} onChange={(e) => setVersions((old) => ({ ...old, [c.key]: { from: old[c.key]?.from ?? "", to: e.target.value } }))} />
                </label>
              </div>
            )}
          </div>
        ))}
      </div>
      <ErrorAlert message={error} />
      <div aria-live="polite" className={loading ? "loading" : undefined}>
        {estimate && requests.length > 0 && (
          <p className="estimate">
            <strong>
              {estimate.minimum ? "At least " : ""}
              {estimate.credits} credits
            </strong>
            : buy {estimate.packs.map((p) => `${p.quantity} × ${p.credits}`).join(" + ")} credits
            {estimate.price !== null ? `, ${money(estimate.price, catalog.currency)}` : " (pack prices are not published: ask for a quote)"}.
            {estimate.needsConfirmation && " Some of these requests are assessed first and answered once you confirm."}
          </p>
        )}
      </div>
    </form>
  );
}
