import { Field } from "../../../shared/components/Field.js";
import { decimalInput } from "../../../shared/format.js";
import type { FiguresForm_CatalogFragment } from "../graphql/figures-form.fragment.js";
import { countOrNull, type FigureText } from "../lib/figures-url.js";
import { byOffset, offeredZones } from "../lib/rows.js";

/** The figures this catalog's prices, limits and calendars read; nothing else is asked for. */
export function FiguresForm({
  catalog,
  uses,
  text,
  zone,
  onChange,
}: {
  catalog: FiguresForm_CatalogFragment;
  uses: ReadonlySet<keyof FigureText>;
  text: FigureText;
  zone: string;
  onChange: <K extends keyof FigureText>(key: K, value: FigureText[K]) => void;
}) {
  const zones = offeredZones(catalog.plans).sort(byOffset);
  const moneyError = (value: string, what: string) => (value.trim() !== "" && decimalInput(value) === null ? `Write the ${what} as a number, like 50000 or 1234.50.` : null);
  const countError = (value: string, what: string) => (value.trim() !== "" && countOrNull(value) === null ? `Write the number of ${what} as a whole number, like 12.` : null);
  return (
    <form className="figures" onSubmit={(e) => e.preventDefault()} aria-label="Your figures">
      {uses.has("licensePrice") && (
        <Field label={`License price (${catalog.currency})`} error={moneyError(text.licensePrice, "license price")}>
          <input inputMode="decimal" placeholder="e.g. 50000" value={text.licensePrice} onChange={(e) => onChange("licensePrice", e.target.value)} />
        </Field>
      )}
      {uses.has("projectBudget") && (
        <Field label={`Project budget (${catalog.currency})`} error={moneyError(text.projectBudget, "budget")}>
          <input inputMode="decimal" placeholder="e.g. 40000" value={text.projectBudget} onChange={(e) => onChange("projectBudget", e.target.value)} />
        </Field>
      )}
      {uses.has("termYears") && (
        <Field label="Term">
          <select value={text.termYears} onChange={(e) => onChange("termYears", Number(e.target.value))}>
            {Array.from({ length: 10 }, (_, i) => (
              <option key={i + 1} value={i + 1}>
                {i + 1} {i === 0 ? "year" : "years"}
              </option>
            ))}
          </select>
        </Field>
      )}
      {uses.has("agents") && (
        <Field label="Agents" error={countError(text.agents, "agents")}>
          <input inputMode="numeric" value={text.agents} onChange={(e) => onChange("agents", e.target.value)} />
        </Field>
      )}
      {uses.has("bots") && (
        <Field label="Bots" error={countError(text.bots, "bots")}>
          <input inputMode="numeric" value={text.bots} onChange={(e) => onChange("bots", e.target.value)} />
        </Field>
      )}
      {uses.has("goLive") && (
        <Field label="Go-live date">
          <input type="date" value={text.goLive} onChange={(e) => onChange("goLive", e.target.value)} />
        </Field>
      )}
      {uses.has("edition") && catalog.licenseEditions.length > 0 && (
        <Field label="Your license">
          <select value={text.edition} onChange={(e) => onChange("edition", e.target.value)}>
            <option value="">Not said</option>
            {catalog.licenseEditions.map((e) => (
              <option key={e.key} value={e.key}>
                {e.label}
              </option>
            ))}
          </select>
        </Field>
      )}
      {uses.has("tz") && zones.length > 1 && (
        <Field label="Your time zone">
          <select value={zones.includes(zone) ? zone : ""} onChange={(e) => onChange("tz", e.target.value)}>
            {!zones.includes(zone) && <option value="">{zone}</option>}
            {zones.map((z) => (
              <option key={z} value={z}>
                {/^[+-]/.test(z) ? `UTC${z}` : z}
              </option>
            ))}
          </select>
        </Field>
      )}
    </form>
  );
}
