import { Field } from "../../../shared/components/Field.js";
import type { PlanForm } from "../forms/plan-form.js";

const FIGURES = { AGENTS: "agents", BOTS: "bots", PROJECT_BUDGET: "project budget", LICENSE_PRICE: "license price" } as const;
const COMPARISONS = { LESS_THAN: "less than", AT_MOST: "at most", MORE_THAN: "more than", AT_LEAST: "at least" } as const;

type Props = { form: PlanForm; errors: Record<string, string>; editions: { key: string; label: string }[]; onChange: (next: Partial<PlanForm>) => void };

/** Eligibility limits: "less than 10 agents". */
export function LimitsFields({ form, errors, editions, onChange }: Props) {
  const set = (i: number, next: Partial<PlanForm["limits"][number]>) => onChange({ limits: form.limits.map((l, j) => (j === i ? { ...l, ...next } : l)) });
  return (
    <fieldset>
      <legend>Who may take it</legend>
      {form.limits.length === 0 && <p className="muted small">Anyone: no limit.</p>}
      {form.limits.map((l, i) => (
        <div key={i} className="limit-row">
          <select aria-label={`Limit ${i + 1}: figure`} value={l.figure} onChange={(e) => set(i, { figure: e.target.value as keyof typeof FIGURES })}>
            {Object.entries(FIGURES).map(([v, label]) => (
              <option key={v} value={v}>
                {label}
              </option>
            ))}
          </select>
          <select aria-label={`Limit ${i + 1}: comparison`} value={l.comparison} onChange={(e) => set(i, { comparison: e.target.value as keyof typeof COMPARISONS })}>
            {Object.entries(COMPARISONS).map(([v, label]) => (
              <option key={v} value={v}>
                {label}
              </option>
            ))}
          </select>
          <Field label={`Limit ${i + 1}: value`} error={errors[`limits[${i}].value`]}>
            <input className="short" inputMode="decimal" value={l.value} onChange={(e) => set(i, { value: e.target.value })} />
          </Field>
          <button type="button" className="secondary" onClick={() => onChange({ limits: form.limits.filter((_, j) => j !== i) })}>
            Remove limit {i + 1}
          </button>
        </div>
      ))}
      <button type="button" className="secondary" onClick={() => onChange({ limits: [...form.limits, { figure: "AGENTS", comparison: "LESS_THAN", value: "" }] })}>
        Add a limit
      </button>
      {editions.length > 0 && (
        <fieldset>
          <legend>Sold with the license editions (none ticked: any)</legend>
          {editions.map((e) => (
            <label key={e.key} className="inline">
              <input
                type="checkbox"
                checked={form.requiresEdition.includes(e.key)}
                onChange={(ev) => onChange({ requiresEdition: ev.target.checked ? [...form.requiresEdition, e.key] : form.requiresEdition.filter((k) => k !== e.key) })}
              />{" "}
              {e.label}
            </label>
          ))}
          {errors.requiresEdition && <span className="field-error">{errors.requiresEdition}</span>}
        </fieldset>
      )}
    </fieldset>
  );
}
