import { lazy, Suspense, useState } from "react";
import type { CreditCategories_CatalogFragment } from "../graphql/lazy/credit-categories.fragment.js";

// The estimator is code the visitor may never ask for: it loads when they open it.
const CreditEstimator = lazy(() => import("./CreditEstimator.js").then((m) => ({ default: m.CreditEstimator })));

/** A credit catalog's request categories: the credits each uses and whether it waits for the customer's confirmation. */
export function CreditCategories({ catalog }: { catalog: CreditCategories_CatalogFragment }) {
  const [estimating, setEstimating] = useState(false);
  if (catalog.requestCategories.length === 0) return null;
  return (
    <section className="card" aria-labelledby="categories">
      <h2 id="categories">What a request costs in credits</h2>
      <table className="lines">
        <thead>
          <tr>
            <th scope="col">Request</th>
            <th scope="col" className="amount">
              Credits
            </th>
            <th scope="col">Before work starts</th>
          </tr>
        </thead>
        <tbody>
          {catalog.requestCategories.map((c) => (
            <tr key={c.key}>
              <th scope="row">
                {c.label}
                {c.description && <div className="muted small">{c.description}</div>}
              </th>
              <td className="amount">{c.creditsText}</td>
              <td>{c.needsConfirmation ? "Assessed, then done once you confirm" : "Answered without confirmation"}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {estimating ? (
        <Suspense fallback={<p role="status">Loading the estimator…</p>}>
          <CreditEstimator catalog={catalog} />
        </Suspense>
      ) : (
        <button type="button" className="secondary" onClick={() => setEstimating(true)}>
          Estimate the credits I need
        </button>
      )}
    </section>
  );
}
