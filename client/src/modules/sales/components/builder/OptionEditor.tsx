import { useState } from "react";
import { Field } from "../../../../shared/components/Field.js";
import { changePlan, packChoices, plansInOption, type CatalogChoice, type OptionForm, type Problems } from "../../lib/quote-form.js";
import { AgreedPrices } from "./AgreedPrices.js";
import { DiscountRows } from "./DiscountRows.js";

/**
 * One option (the chosen plan, or one alternative): its plan, the add-ons that plan takes, credit
 * packs, agreed prices and discounts. Changing the plan keeps what the new plan still takes and
 * says what was dropped.
 */
export function OptionEditor(props: {
  index: number;
  option: OptionForm;
  alternatives: boolean;
  catalog: CatalogChoice;
  targets: { lineKey: string; label: string }[];
  problems: Problems;
  onChange: (change: Partial<OptionForm>) => void;
  onRemove: (() => void) | null;
  editable: boolean;
}) {
  const { option: o, catalog, onChange } = props;
  const [dropped, setDropped] = useState<string[]>([]);
  const plan = catalog.plans.find((p) => p.key === o.planKey);
  const addOns = (plan?.addOnKeys ?? []).map((k) => catalog.plans.find((p) => p.key === k)).filter((p) => p !== undefined);
  const packs = packChoices(o, catalog.plans);
  const title = props.alternatives ? `Alternative ${props.index + 1}${o.label ? `: ${o.label}` : ""}` : "Plan";
  return (
    <fieldset className="card option-editor">
      <legend>{title}</legend>
      <div className="grid">
        {props.alternatives && (
          <Field label="Label">
            <input value={o.label} onChange={(e) => onChange({ label: e.target.value })} required />
          </Field>
        )}
        <Field label="Plan">
          <select
            value={o.planKey}
            onChange={(e) => {
              const next = changePlan(o, catalog.plans, e.target.value);
              setDropped(next.dropped);
              onChange(next.option);
            }}
          >
            {catalog.plans.map((p) => (
              <option key={p.key} value={p.key}>
                {p.name} ({p.pricing.summary})
              </option>
            ))}
          </select>
        </Field>
      </div>
      {dropped.length > 0 && (
        <p className="banner small" role="status">
          Not taken by {plan?.name ?? "this plan"}, so dropped: {dropped.join(", ")}.
        </p>
      )}
      {addOns.length > 0 && (
        <fieldset className="checks">
          <legend>Add-ons {plan?.name} takes</legend>
          {addOns.map((a) => (
            <label key={a.key} className="inline">
              <input
                type="checkbox"
                checked={o.addOnKeys.includes(a.key)}
                onChange={(e) => onChange({ addOnKeys: e.target.checked ? [...o.addOnKeys, a.key] : o.addOnKeys.filter((k) => k !== a.key) })}
              />
              {a.name}
            </label>
          ))}
        </fieldset>
      )}
      {packs.length > 0 && (
        <fieldset className="checks">
          <legend>Credit packs</legend>
          {packs.map((pack) => {
            const chosen = o.packs.find((p) => p.credits === pack.credits);
            return (
              <label key={pack.credits} className="inline">
                {pack.credits} credits ×
                <input
                  className="short"
                  inputMode="numeric"
                  value={chosen?.quantity ?? ""}
                  onChange={(e) => {
                    const rest = o.packs.filter((p) => p.credits !== pack.credits);
                    onChange({ packs: e.target.value === "" ? rest : [...rest, { credits: pack.credits, quantity: e.target.value, agreedPrice: chosen?.agreedPrice ?? "" }] });
                  }}
                />
                {props.problems[`packs.${pack.credits}.quantity`] && (
                  <span className="field-error" role="alert">
                    {props.problems[`packs.${pack.credits}.quantity`]}
                  </span>
                )}
              </label>
            );
          })}
        </fieldset>
      )}
      <AgreedPrices option={o} onQuote={plansInOption(o, catalog.plans)} currency={catalog.currency} problems={props.problems} onChange={onChange} />
      <DiscountRows discounts={o.discounts} targets={props.targets} problems={props.problems} editable={props.editable} onChange={(discounts) => onChange({ discounts })} />
      {props.editable && (
        <div className="actions">
          <button
            type="button"
            className="secondary small"
            onClick={() => onChange({ discounts: [...o.discounts, { lineKey: "", kind: "PERCENT", value: "", label: "", reason: "" }] })}
          >
            Add a discount
          </button>
          {props.onRemove && (
            <button type="button" className="secondary small" onClick={props.onRemove}>
              Remove this alternative
            </button>
          )}
        </div>
      )}
      {plan && !plan.isTier && <p className="muted small">{plan.name} is usually sold as an add-on.</p>}
    </fieldset>
  );
}
