import type { PricingKind } from "../../../__generated__/admin/graphql.js";
import { Field } from "../../../shared/components/Field.js";
import type { PlanForm } from "../forms/plan-form.js";

const KINDS: { value: PricingKind; label: string }[] = [
  { value: "INCLUDED", label: "included (free)" },
  { value: "FIXED", label: "a fixed amount" },
  { value: "PERCENT_OF_LICENSE", label: "a percent of the license price" },
  { value: "PERCENT_OF_PROJECT_BUDGET", label: "a percent of the project budget" },
  { value: "CREDIT_PACKS", label: "credit packs" },
  { value: "QUOTE_BASED", label: "agreed per quote" },
];

type Props = { form: PlanForm; errors: Record<string, string>; currency: string; onChange: (next: Partial<PlanForm>) => void };

/** The pricing rule: its kind and the figures that kind reads. */
export function PricingFields({ form, errors, currency, onChange }: Props) {
  const percent = form.kind.startsWith("PERCENT");
  const bounded = percent || form.kind === "FIXED";
  const setPack = (i: number, next: Partial<PlanForm["packs"][number]>) => onChange({ packs: form.packs.map((k, j) => (j === i ? { ...k, ...next } : k)) });
  return (
    <fieldset className="pricing">
      <legend>Price</legend>
      <Field label="Priced as" error={errors["pricing.kind"]}>
        <select value={form.kind} onChange={(e) => onChange({ kind: e.target.value as PricingKind })}>
          {KINDS.map((k) => (
            <option key={k.value} value={k.value}>
              {k.label}
            </option>
          ))}
        </select>
      </Field>
      {percent && (
        <Field label="Percent a year" error={errors["pricing.percent"]}>
          <input className="short" inputMode="decimal" value={form.percent} onChange={(e) => onChange({ percent: e.target.value })} />
        </Field>
      )}
      {form.kind === "FIXED" && (
        <Field label={`Amount (${currency})`} error={errors["pricing.amount"]}>
          <input className="short" inputMode="decimal" value={form.amount} onChange={(e) => onChange({ amount: e.target.value })} />
        </Field>
      )}
      {(form.kind === "FIXED" || form.kind === "QUOTE_BASED") && (
        <Field label="Per" error={errors["pricing.period"]}>
          <select value={form.period} onChange={(e) => onChange({ period: e.target.value as PlanForm["period"] })}>
            <option value="YEAR">year</option>
            <option value="MONTH">month</option>
            <option value="ONE_TIME">once</option>
          </select>
        </Field>
      )}
      {bounded && (
        <>
          <Field label={`Minimum a year (${currency})`} hint="optional" error={errors["pricing.minimum"]}>
            <input className="short" inputMode="decimal" value={form.minimum} onChange={(e) => onChange({ minimum: e.target.value })} />
          </Field>
          <Field label={`Maximum a year (${currency})`} hint="optional" error={errors["pricing.maximum"]}>
            <input className="short" inputMode="decimal" value={form.maximum} onChange={(e) => onChange({ maximum: e.target.value })} />
          </Field>
        </>
      )}
      {form.kind === "QUOTE_BASED" && (
        <>
          <Field label={`Price guidance: floor (${currency})`} hint="The lowest price sales may agree without approval; empty: every price needs approval" error={errors["pricing.guidance.floor"]}>
            <input className="short" inputMode="decimal" value={form.floor} onChange={(e) => onChange({ floor: e.target.value })} />
          </Field>
          <Field label={`List price (${currency})`} hint="optional: the highest sales may agree alone" error={errors["pricing.guidance.listPrice"]}>
            <input className="short" inputMode="decimal" value={form.listPrice} onChange={(e) => onChange({ listPrice: e.target.value })} />
          </Field>
        </>
      )}
      {form.kind === "CREDIT_PACKS" && (
        <fieldset>
          <legend>Packs</legend>
          {form.packs.map((k, i) => (
            <div key={i} className="pack-row">
              <Field label={`Pack ${i + 1}: credits`} error={errors[`pricing.packs[${i}].credits`]}>
                <input className="short" inputMode="numeric" value={k.credits} onChange={(e) => setPack(i, { credits: e.target.value })} />
              </Field>
              <Field label={`Price (${currency})`} hint="empty: not published" error={errors[`pricing.packs[${i}].price`]}>
                <input className="short" inputMode="decimal" value={k.price} onChange={(e) => setPack(i, { price: e.target.value })} />
              </Field>
              {k.price.trim() === "" && (
                <>
                  <Field label="Guidance floor" error={errors[`pricing.packs[${i}].guidance.floor`]}>
                    <input className="short" inputMode="decimal" value={k.floor} onChange={(e) => setPack(i, { floor: e.target.value })} />
                  </Field>
                  <Field label="List price" hint="optional" error={errors[`pricing.packs[${i}].guidance.listPrice`]}>
                    <input className="short" inputMode="decimal" value={k.listPrice} onChange={(e) => setPack(i, { listPrice: e.target.value })} />
                  </Field>
                </>
              )}
              <button type="button" className="secondary" onClick={() => onChange({ packs: form.packs.filter((_, j) => j !== i) })}>
                Remove pack {i + 1}
              </button>
            </div>
          ))}
          <button type="button" className="secondary" onClick={() => onChange({ packs: [...form.packs, { credits: "", price: "", floor: "", listPrice: "" }] })}>
            Add a pack
          </button>
        </fieldset>
      )}
      <Field label="Price as the vendor words it" hint='optional, such as "10% of the license, at least 1,500 USD"' error={errors["pricing.note"]}>
        <input value={form.pricingNote} onChange={(e) => onChange({ pricingNote: e.target.value })} />
      </Field>
      <Field label="Our note on the price" hint="optional, in our own voice" error={errors["pricing.editorNote"]}>
        <input value={form.pricingEditorNote} onChange={(e) => onChange({ pricingEditorNote: e.target.value })} />
      </Field>
    </fieldset>
  );
}
