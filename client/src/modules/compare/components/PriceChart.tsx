import { useQuery } from "@apollo/client/react";
import { useMemo } from "react";
import { money } from "../../../shared/format.js";
import { PriceChartPricesDocument, type PriceChartPricesQuery, type PriceChartPricesQueryVariables } from "../graphql/lazy/price-chart-prices.query.js";
import type { PriceChart_CatalogFragment } from "../graphql/lazy/price-chart.fragment.js";
import { axisMax, crossings, samplePoints, type Series } from "../lib/chart.js";

const W = 640;
const H = 260;
const PAD = { left: 72, right: 16, top: 16, bottom: 40 };
const COLORS = ["#1f5fbf", "#c2410c", "#15803d", "#7e22ce", "#0f766e"];

/**
 * Each tier's yearly price, as the server prices it, against the license price (or the
 * budget), with the points where two tiers change places marked. Drawn as SVG with a text
 * summary and the figures as a table, for screen readers and for reading exact values.
 */
export function PriceChart({ catalog, figure }: { catalog: PriceChart_CatalogFragment; figure: string | null }) {
  const byLicense = catalog.plans.some((p) => p.pricing.kind === "PERCENT_OF_LICENSE");
  const base = byLicense ? "licensePrice" : "projectBudget";
  const baseName = byLicense ? "license price" : "project budget";
  const tiers = catalog.plans.filter((p) => p.isTier && ["INCLUDED", "FIXED", "PERCENT_OF_LICENSE", "PERCENT_OF_PROJECT_BUDGET"].includes(p.pricing.kind));
  const max = axisMax(figure === null ? null : Number(figure));
  const points = useMemo(() => samplePoints(max), [max]);
  // One planPrices a sample point, each alias pricing every plan for a yearly term at that base.
  const variables = useMemo(
    () => Object.fromEntries(points.map((x, j) => [`p${j}`, { catalogSlug: catalog.slug, termYears: 1, [base]: x }])) as PriceChartPricesQueryVariables,
    [catalog.slug, points, base],
  );
  const { data, loading, error } = useQuery(PriceChartPricesDocument, { variables, skip: tiers.length < 2, errorPolicy: "all" });
  if (tiers.length < 2) return null;
  /** The server's total for a tier at the j-th sample point; null where it gave none. */
  const totalAt = (i: number, j: number) => data?.[`p${j}` as keyof PriceChartPricesQuery]?.find((p) => p.planKey === tiers[i].key)?.quote?.total ?? null;
  const xs = points.map(Number);
  const series: Series[] = tiers.map((t, i) => ({
    key: t.key,
    name: t.name,
    values: points.map((_, j) => {
      const total = totalAt(i, j);
      return total === null ? null : Number(total);
    }),
  }));
  const yMax = Math.max(1, ...series.flatMap((s) => s.values.filter((v): v is number => v !== null)));
  const sx = (x: number) => PAD.left + (x / max) * (W - PAD.left - PAD.right);
  const sy = (y: number) => H - PAD.bottom - (y / yMax) * (H - PAD.top - PAD.bottom);
  const crosses = crossings(xs, series);
  const amount = (v: number | string) => money(typeof v === "number" ? v.toFixed(0) : v, catalog.currency) ?? "";
  const ticks = [0, 0.25, 0.5, 0.75, 1].map((t) => Math.round(max * t));
  const last = (i: number) => totalAt(i, points.length - 1);
  const summary = `Yearly price of each plan for a ${baseName} from 0 to ${amount(max)}: ${series
    .map((s, i) => `${s.name} ${last(i) === null ? "not priced" : `${amount(last(i)!)} at ${amount(max)}`}`)
    .join("; ")}. ${crosses.length === 0 ? "The plans never change order." : crosses.map((c) => `${c.between.join(" and ")} change places near ${amount(c.x)}`).join("; ")}.`;
  return (
    <section className="card chart" aria-labelledby="chart-heading">
      <h2 id="chart-heading">Yearly price by {baseName}</h2>
      {error && <p role="alert">The chart could not be priced. The prices above are unaffected.</p>}
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby="chart-title chart-desc" className={loading ? "loading" : undefined}>
        <title id="chart-title">Yearly price of each plan by {baseName}</title>
        <desc id="chart-desc">{summary}</desc>
        {ticks.map((t) => (
          <g key={t}>
            <line x1={sx(t)} x2={sx(t)} y1={PAD.top} y2={H - PAD.bottom} className="grid" />
            <text x={sx(t)} y={H - PAD.bottom + 16} textAnchor="middle" className="tick">
              {compact(t)}
            </text>
          </g>
        ))}
        {[0, 0.5, 1].map((t) => (
          <text key={t} x={PAD.left - 8} y={sy(yMax * t) + 4} textAnchor="end" className="tick">
            {compact(yMax * t)}
          </text>
        ))}
        <text x={(W + PAD.left) / 2} y={H - 6} textAnchor="middle" className="axis-label">
          {baseName} ({catalog.currency})
        </text>
        {figure !== null && Number(figure) <= max && <line x1={sx(Number(figure))} x2={sx(Number(figure))} y1={PAD.top} y2={H - PAD.bottom} className="you" />}
        {series.map((s, i) => (
          <polyline
            key={s.key}
            fill="none"
            stroke={COLORS[i % COLORS.length]}
            strokeWidth={2.5}
            strokeDasharray={i % 2 ? "6 3" : undefined}
            points={s.values.map((v, j) => (v === null ? "" : `${sx(xs[j])},${sy(v)}`)).filter(Boolean).join(" ")}
          />
        ))}
        {crosses.map((c, i) => (
          <circle key={i} cx={sx(c.x)} cy={sy(c.y)} r={5} className="cross" />
        ))}
      </svg>
      <ul className="legend">
        {series.map((s, i) => (
          <li key={s.key}>
            <span className="swatch" style={{ background: COLORS[i % COLORS.length] }} aria-hidden="true" />
            {s.name}
          </li>
        ))}
        {figure !== null && (
          <li>
            <span className="swatch you" aria-hidden="true" />
            your {baseName}
          </li>
        )}
        {crosses.length > 0 && (
          <li>
            <span className="swatch cross" aria-hidden="true" />
            plans change places
          </li>
        )}
      </ul>
      <details>
        <summary>The figures as a table</summary>
        <table className="lines">
          <thead>
            <tr>
              <th scope="col">{baseName}</th>
              {series.map((s) => (
                <th key={s.key} scope="col" className="amount">
                  {s.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {points.map((x, j) => (
              <tr key={x}>
                <th scope="row">{amount(x)}</th>
                {series.map((s, i) => (
                  <td key={s.key} className="amount">
                    {money(totalAt(i, j), catalog.currency) ?? "–"}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </section>
  );
}

function compact(n: number): string {
  if (n >= 1_000_000) return `${+(n / 1_000_000).toFixed(1)}M`;
  if (n >= 1000) return `${+(n / 1000).toFixed(1)}k`;
  return String(Math.round(n));
}
