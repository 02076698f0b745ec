import { Field } from "../../../../shared/components/Field.js";
import type { CatalogChoice, Problems, QuoteForm } from "../../lib/quote-form.js";

type Set = <K extends keyof QuoteForm>(key: K, value: QuoteForm[K]) => void;

/**
 * The customer figures this catalog's prices, limits and guarantee read (Catalog.figures), and
 * no others; the server's warning about a go-live date sits next to that field.
 */
export function FigureFields(props: { catalog: CatalogChoice; form: QuoteForm; set: Set; problems: Problems; warnings: string[] }) {
  const { catalog, form, set, problems, warnings } = props;
  const asks = new Set(catalog.figures);
  const goLiveWarning = warnings.find((w) => /go-live/i.test(w)) ?? null;
  return (
    <div className="grid">
      {asks.has("LICENSE_PRICE") && (
        <Field label="License price" error={problems.licensePrice}>
          <input inputMode="decimal" value={form.licensePrice} onChange={(e) => set("licensePrice", e.target.value)} />
        </Field>
      )}
      {asks.has("PROJECT_BUDGET") && (
        <Field label="Project budget" error={problems.projectBudget}>
          <input inputMode="decimal" value={form.projectBudget} onChange={(e) => set("projectBudget", e.target.value)} />
        </Field>
      )}
      {asks.has("TERM_YEARS") && (
        <Field label="Term (years)" error={problems.termYears}>
          <input type="number" min={1} max={10} value={form.termYears} onChange={(e) => set("termYears", e.target.value)} />
        </Field>
      )}
      {asks.has("GO_LIVE_DATE") && (
        <Field label="Go-live date" error={problems.goLiveDate ?? goLiveWarning}>
          <input type="date" value={form.goLiveDate} onChange={(e) => set("goLiveDate", e.target.value)} />
        </Field>
      )}
      {asks.has("AGENTS") && (
        <Field label="Agents" error={problems.agents}>
          <input inputMode="numeric" value={form.agents} onChange={(e) => set("agents", e.target.value)} />
        </Field>
      )}
      {asks.has("BOTS") && (
        <Field label="Bots" error={problems.bots}>
          <input inputMode="numeric" value={form.bots} onChange={(e) => set("bots", e.target.value)} />
        </Field>
      )}
      {asks.has("LICENSE_EDITION") && catalog.licenseEditions.length > 0 && (
        <Field label="License edition" error={problems.licenseEdition}>
          <select value={form.licenseEdition} onChange={(e) => set("licenseEdition", e.target.value)}>
            <option value="">Not given</option>
            {catalog.licenseEditions.map((ed) => (
              <option key={ed.key} value={ed.key}>
                {ed.label}
              </option>
            ))}
          </select>
        </Field>
      )}
    </div>
  );
}
