import { money } from "../format.js";

/** An option's priced lines (discounts as negative lines) and its total, as the server stored them. */
export function QuoteLines({
  lines,
  total,
  currency,
}: {
  lines: { kind: string; label: string; detail: string; amount: string | null }[];
  total: string | null;
  currency: string;
}) {
  return (
    <table className="lines">
      <tbody>
        {lines.map((l, j) => (
          <tr key={j} className={l.kind === "DISCOUNT" ? "discount" : undefined}>
            <td>
              {l.label}
              <div className="muted small">{l.detail}</div>
            </td>
            <td className="amount">{money(l.amount, currency) ?? "Price on request"}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th>Total</th>
          <td className="amount">{money(total, currency) ?? "On request"}</td>
        </tr>
      </tfoot>
    </table>
  );
}
