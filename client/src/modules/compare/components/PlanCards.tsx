import { useState, type ReactNode } from "react";
import type { PlanHeading_PlanFragment } from "../graphql/plan-heading.fragment.js";
import type { Row } from "../lib/rows.js";
import { Cell } from "./Cell.js";
import { PlanHeading } from "./PlanHeading.js";

/**
 * The plans on a phone: one card per plan with its rows inside, and a side-by-side view of
 * two plans the visitor picks (two columns fit a phone; four do not).
 */
export function PlanCards({
  plans,
  rows,
  priceLabel,
  price,
  action,
}: {
  plans: PlanHeading_PlanFragment[];
  rows: Row[];
  priceLabel: string;
  price: (planKey: string) => ReactNode;
  action: (planKey: string) => ReactNode;
}) {
  const [pair, setPair] = useState<[string, string]>([plans[0]?.key ?? "", plans[1]?.key ?? plans[0]?.key ?? ""]);
  const chosen = pair.map((k) => plans.find((p) => p.key === k)).filter((p): p is PlanHeading_PlanFragment => !!p);
  const cellOf = (row: Row, planKey: string) => row.cells.find((c) => c.planKey === planKey) ?? { planKey, display: null, note: null };
  return (
    <div className="plan-cards">
      {plans.map((p) => (
        <article key={p.key} className="card plan-card" aria-label={p.name} data-plan={p.key}>
          <PlanHeading plan={p} />
          <div className="card-price">
            <span className="visually-hidden">{priceLabel}: </span>
            {price(p.key)}
          </div>
          <dl>
            {rows.map((r) => (
              <div key={r.key} className="card-row">
                <dt>{r.label}</dt>
                <dd>
                  <Cell cell={cellOf(r, p.key)} />
                </dd>
              </div>
            ))}
          </dl>
          {action(p.key)}
        </article>
      ))}
      {plans.length > 2 && (
        <section className="card" aria-labelledby="compare-two">
          <h2 id="compare-two">Compare two plans</h2>
          <div className="pair">
            {[0, 1].map((i) => (
              <label key={i}>
                {i === 0 ? "First plan" : "Second plan"}
                <select value={pair[i]} onChange={(e) => setPair((old) => (i === 0 ? [e.target.value, old[1]] : [old[0], e.target.value]))}>
                  {plans.map((p) => (
                    <option key={p.key} value={p.key}>
                      {p.name}
                    </option>
                  ))}
                </select>
              </label>
            ))}
          </div>
          <table className="pair-table">
            <thead>
              <tr>
                <td />
                {chosen.map((p, i) => (
                  <th key={`${p.key}-${i}`} scope="col">
                    {p.name}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.key}>
                  <th scope="row">{r.label}</th>
                  {chosen.map((p, i) => (
                    <td key={`${p.key}-${i}`}>
                      <Cell cell={cellOf(r, p.key)} />
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
    </div>
  );
}
