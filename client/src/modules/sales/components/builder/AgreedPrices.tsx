import { Field } from "../../../../shared/components/Field.js";
import { money } from "../../../../shared/format.js";
import type { OptionForm, PlanChoice, Problems } from "../../lib/quote-form.js";

type Guidance = { floor: string; listPrice: string | null } | null;

function guidanceText(g: Guidance, currency: string, per: string): string {
  if (!g) return "No price guidance: an agreed price needs an admin's approval.";
  const top = g.listPrice ? ` to ${money(g.listPrice, currency)}` : "";
  return `Guidance ${per}: ${money(g.floor, currency)}${top} (outside it an admin must approve).`;
}

/**
 * Prices agreed for what the catalog prices on request: plans (whole term) and unpublished credit
 * packs (per pack), each with the catalog's guidance for staff. Empty = still on request.
 */
export function AgreedPrices(props: { option: OptionForm; onQuote: PlanChoice[]; currency: string; problems: Problems; onChange: (change: Partial<OptionForm>) => void }) {
  const { option: o, onChange, currency } = props;
  const plans = props.onQuote.filter((p) => p.pricing.kind === "QUOTE_BASED");
  const packs = o.packs.filter((p) => props.onQuote.some((plan) => plan.pricing.packs.some((pack) => pack.credits === p.credits && pack.price === null)));
  const packGuidance = (credits: number) => props.onQuote.flatMap((p) => p.pricing.packs).find((pack) => pack.credits === credits)?.guidance ?? null;
  if (plans.length === 0 && packs.length === 0) return null;
  return (
    <div className="grid agreed">
      {plans.map((p) => (
        <Field key={p.key} label={`Agreed price for ${p.name}`} hint={`Whole term; empty: on request. ${guidanceText(p.pricing.guidance, currency, "a year")}`} error={props.problems[`customPrices.${p.key}`]}>
          <input inputMode="decimal" value={o.customPrices[p.key] ?? ""} onChange={(e) => onChange({ customPrices: { ...o.customPrices, [p.key]: e.target.value } })} />
        </Field>
      ))}
      {packs.map((pack) => (
        <Field key={pack.credits} label={`Agreed price per ${pack.credits}-credit pack`} hint={`Empty: on request. ${guidanceText(packGuidance(pack.credits), currency, "per pack")}`} error={props.problems[`packs.${pack.credits}.agreedPrice`]}>
          <input
            inputMode="decimal"
            value={pack.agreedPrice}
            onChange={(e) => onChange({ packs: o.packs.map((p) => (p.credits === pack.credits ? { ...p, agreedPrice: e.target.value } : p)) })}
          />
        </Field>
      ))}
    </div>
  );
}
