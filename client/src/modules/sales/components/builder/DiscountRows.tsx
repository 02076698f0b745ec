import { Field } from "../../../../shared/components/Field.js";
import type { DiscountForm, Problems } from "../../lib/quote-form.js";

/**
 * An option's discounts: the line it reduces (by key, from the server's discount targets), percent
 * or amount, what the customer reads beside it, and the internal reason only staff see.
 */
export function DiscountRows(props: { discounts: DiscountForm[]; targets: { lineKey: string; label: string }[]; problems: Problems; editable: boolean; onChange: (discounts: DiscountForm[]) => void }) {
  const { discounts, onChange } = props;
  const edit = (j: number, change: Partial<DiscountForm>) => onChange(discounts.map((d, k) => (k === j ? { ...d, ...change } : d)));
  // A saved discount's line stays choosable while the preview that names the lines loads.
  const targets = [...props.targets, ...discounts.filter((d) => d.lineKey && !props.targets.some((t) => t.lineKey === d.lineKey)).map((d) => ({ lineKey: d.lineKey, label: d.lineKey }))];
  return (
    <div className="discounts">
      {discounts.map((d, j) => (
        <fieldset key={j} className="grid discount">
          <legend className="muted small">Discount {j + 1}</legend>
          <Field label="Discount on">
            <select value={d.lineKey} onChange={(e) => edit(j, { lineKey: e.target.value })}>
              <option value="">the option's total</option>
              {targets.map((t) => (
                <option key={t.lineKey} value={t.lineKey}>
                  {t.label}
                </option>
              ))}
            </select>
          </Field>
          <Field label="Kind">
            <select value={d.kind} onChange={(e) => edit(j, { kind: e.target.value as DiscountForm["kind"] })}>
              <option value="PERCENT">percent</option>
              <option value="AMOUNT">amount</option>
            </select>
          </Field>
          <Field label="Value" error={props.problems[`discounts.${j}.value`]}>
            <input inputMode="decimal" value={d.value} onChange={(e) => edit(j, { value: e.target.value })} />
          </Field>
          <Field label="Label the customer reads" hint="Optional, e.g. “Launch offer”.">
            <input value={d.label} onChange={(e) => edit(j, { label: e.target.value })} />
          </Field>
          <Field label="Internal reason" hint="Staff only: never on the customer's page, email or PDF.">
            <input value={d.reason} onChange={(e) => edit(j, { reason: e.target.value })} required />
          </Field>
          {props.editable && (
            <button type="button" className="secondary small" onClick={() => onChange(discounts.filter((_, k) => k !== j))}>
              Remove discount {j + 1}
            </button>
          )}
        </fieldset>
      ))}
    </div>
  );
}
