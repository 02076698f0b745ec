import { Field } from "../../../../shared/components/Field.js";
import type { CatalogChoice, Problems, QuoteForm } from "../../lib/quote-form.js";

type Set = <K extends keyof QuoteForm>(key: K, value: QuoteForm[K]) => void;

/** The catalog, who the quote is for, the zone its dates are read in, and how long it is valid. */
export function CustomerFields(props: { form: QuoteForm; problems: Problems; set: Set; orgZone: string | null; catalogs: CatalogChoice[]; onCatalog: (catalog: CatalogChoice) => void }) {
  const { form, set, orgZone, catalogs, problems } = props;
  // The zones the catalog's support calendars are kept in, offered to pick from (any IANA zone is taken).
  const zones = [...new Set(catalogs.find((c) => c.slug === form.catalogSlug)?.plans.flatMap((p) => p.calendar?.zones ?? []) ?? [])];
  return (
    <div className="grid">
      <Field label="Catalog">
        <select
          value={form.catalogSlug}
          onChange={(e) => {
            const next = catalogs.find((c) => c.slug === e.target.value);
            if (next) props.onCatalog(next);
          }}
        >
          {catalogs.map((c) => (
            <option key={c.slug} value={c.slug}>
              {c.name}
            </option>
          ))}
        </select>
      </Field>
      <Field label="Company" error={problems.company}>
        <input value={form.company} onChange={(e) => set("company", e.target.value)} required />
      </Field>
      <Field label="Contact name" error={problems.name}>
        <input value={form.name} onChange={(e) => set("name", e.target.value)} required />
      </Field>
      <Field label="Contact email" error={problems.email}>
        <input type="email" value={form.email} onChange={(e) => set("email", e.target.value)} required />
      </Field>
      <Field label="Customer's time zone" error={problems.timeZone} hint={`Dates and SLA examples are read in it${orgZone ? `; empty: the organisation's (${orgZone})` : ""}.`}>
        <input list="customer-zones" value={form.timeZone} placeholder={orgZone ?? "Europe/Rome"} onChange={(e) => set("timeZone", e.target.value)} />
      </Field>
      <datalist id="customer-zones">
        {zones.map((z) => (
          <option key={z} value={z} />
        ))}
      </datalist>
      <Field label="Valid until" error={problems.validUntil} hint="Empty: the catalog's default validity, counted from saving (the timeline shows the date).">
        <input type="date" value={form.validUntil} onChange={(e) => set("validUntil", e.target.value)} />
      </Field>
    </div>
  );
}
