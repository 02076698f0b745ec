import { useState, type FormEvent } from "react";
import type { Coverage, PlanFitInput, SlaUnit } from "../../../__generated__/compare/graphql.js";
import { ErrorAlert } from "../../../shared/components/ErrorAlert.js";
import { Field } from "../../../shared/components/Field.js";
import { money } from "../../../shared/format.js";
import type { Figures } from "../../../shared/hooks/usePlanPrices.js";
import { useRecommendPlans } from "../hooks/useRecommendPlans.js";

const UNITS: { unit: SlaUnit; label: string }[] = [
  { unit: "BUSINESS_HOURS", label: "business hours" },
  { unit: "CALENDAR_MINUTES", label: "minutes" },
  { unit: "CALENDAR_HOURS", label: "hours (round the clock)" },
  { unit: "CALENDAR_DAYS", label: "days" },
];

const COVERAGE: { value: Coverage | ""; label: string }[] = [
  { value: "", label: "Any" },
  { value: "WEEKDAYS", label: "Every weekday" },
  { value: "EVERY_DAY", label: "Every day" },
  { value: "ALWAYS", label: "24/7" },
];

/**
 * "Which plan fits me?": the visitor's figures (from the page), a response need and a coverage
 * need; the server ranks the plans (`recommendPlans`): the cheapest fitting one first, the
 * add-ons it needs, and why the others fall short.
 */
export function PlanFinder({
  catalog,
  figures,
  onRequest,
}: {
  catalog: { slug: string; currency: string; priorities: { key: string; label: string }[]; plans: { key: string; name: string }[] };
  figures: Figures;
  onRequest: (planKey: string, addOnKeys: string[]) => void;
}) {
  const [priority, setPriority] = useState("");
  const [within, setWithin] = useState("");
  const [unit, setUnit] = useState<SlaUnit>("BUSINESS_HOURS");
  const [coverage, setCoverage] = useState<Coverage | "">("");
  const [asked, setAsked] = useState<PlanFitInput | null>(null);
  const { fits, loading, error } = useRecommendPlans(asked);
  const withinError = priority && !/^\d{1,6}(\.\d{1,2})?$/.test(within.trim()) ? "Say within how long, as a number, like 1 or 4." : null;
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    if (withinError) return;
    setAsked({
      catalogSlug: catalog.slug,
      licensePrice: figures.licensePrice,
      projectBudget: figures.projectBudget,
      termYears: figures.termYears,
      agents: figures.agents,
      bots: figures.bots,
      licenseEdition: figures.licenseEdition ?? null,
      response: priority ? { priorityKey: priority, within: within.trim(), unit } : null,
      coverage: coverage || null,
    });
  };
  const name = (key: string) => catalog.plans.find((p) => p.key === key)?.name ?? key;
  return (
    <div className="finder">
      <form onSubmit={onSubmit} aria-label="What you need">
        <div className="grid">
          <Field label="Answer priority">
            <select value={priority} onChange={(e) => setPriority(e.target.value)}>
              <option value="">No need</option>
              {catalog.priorities.map((p) => (
                <option key={p.key} value={p.key}>
                  {p.label}
                </option>
              ))}
            </select>
          </Field>
          <Field label="Within" error={withinError}>
            <input inputMode="decimal" disabled={!priority} value={within} onChange={(e) => setWithin(e.target.value)} />
          </Field>
          <Field label="Unit">
            <select disabled={!priority} value={unit} onChange={(e) => setUnit(e.target.value as SlaUnit)}>
              {UNITS.map((u) => (
                <option key={u.unit} value={u.unit}>
                  {u.label}
                </option>
              ))}
            </select>
          </Field>
          <Field label="Support on">
            <select value={coverage} onChange={(e) => setCoverage(e.target.value as Coverage | "")}>
              {COVERAGE.map((c) => (
                <option key={c.value} value={c.value}>
                  {c.label}
                </option>
              ))}
            </select>
          </Field>
        </div>
        <div className="actions">
          <button type="submit">Find my plan</button>
        </div>
      </form>
      <ErrorAlert message={error} />
      <div aria-live="polite" className={loading ? "loading" : undefined}>
        {fits && fits.length === 0 && <p>No plan of this catalog can be taken on its own.</p>}
        {fits && fits.length > 0 && (
          <ol className="fits">
            {fits.map((f, i) => (
              <li key={f.planKey} className={f.fits ? (i === 0 ? "fit best" : "fit") : "unfit"} data-plan={f.planKey}>
                <strong>{name(f.planKey)}</strong>
                {f.addOnKeys.length > 0 && <> with {f.addOnKeys.map(name).join(" and ")}</>}
                {f.fits ? (
                  <>
                    {": fits"}
                    {f.total !== null ? `, ${money(f.total, catalog.currency)}` : ", price on request"}
                    {i === 0 && <span className="badge">Best match</span>}{" "}
                    <button type="button" className="secondary small" onClick={() => onRequest(f.planKey, f.addOnKeys)}>
                      Request this plan
                    </button>
                  </>
                ) : (
                  <>
                    {": falls short"}
                    <ul className="warning small">
                      {f.reasons.map((r) => (
                        <li key={r}>{r}</li>
                      ))}
                    </ul>
                  </>
                )}
              </li>
            ))}
          </ol>
        )}
      </div>
    </div>
  );
}
