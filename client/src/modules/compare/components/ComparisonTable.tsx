import type { ReactNode } from "react";
import type { PlanHeading_PlanFragment } from "../graphql/plan-heading.fragment.js";
import type { Row } from "../lib/rows.js";
import { Cell } from "./Cell.js";
import { PlanHeading } from "./PlanHeading.js";

/**
 * The plans side by side (wide screens). The plan headings and the row labels stay in view
 * (sticky) while the page scrolls, each with its call to action; the table is never a scroll
 * box of its own.
 */
export function ComparisonTable({
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
  let group: string | null | undefined;
  return (
    <table className="compare-table">
      <caption className="visually-hidden">The plans compared, one column per plan</caption>
      <thead>
        <tr>
          <td className="corner" />
          {plans.map((p) => (
            <th key={p.key} scope="col" data-plan={p.key}>
              <PlanHeading plan={p} />
              <div className="head-action">{action(p.key)}</div>
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        <tr className="price-row">
          <th scope="row">{priceLabel}</th>
          {plans.map((p) => (
            <td key={p.key} data-plan={p.key}>
              {price(p.key)}
            </td>
          ))}
        </tr>
        {rows.flatMap((r) => {
          const heading =
            r.group !== group && r.group ? (
              <tr key={`g-${r.group}`} className="group">
                <th colSpan={plans.length + 1} scope="colgroup">
                  {r.group}
                </th>
              </tr>
            ) : null;
          group = r.group;
          return [
            heading,
            <tr key={r.key}>
              <th scope="row">
                {r.label}
                {r.hint && <div className="muted small">{r.hint}</div>}
              </th>
              {r.cells.map((c) => (
                <td key={c.planKey}>
                  <Cell cell={c} />
                </td>
              ))}
            </tr>,
          ];
        })}
      </tbody>
    </table>
  );
}
