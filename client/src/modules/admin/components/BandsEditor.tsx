import { useState } from "react";
import { Field } from "../../../shared/components/Field.js";
import { bandInputs, bandRowErrors, bandRows, type BandRow } from "../forms/band-form.js";
import type { DraftDocument } from "../forms/draft-document.js";
import { problemsUnder } from "../forms/server-problems.js";
import { useCheckGuaranteeBands } from "../hooks/useCheckGuaranteeBands.js";
import { useDraftEdit } from "../hooks/useDraftEdit.js";
import { useSetGuaranteeBands } from "../hooks/useSetGuaranteeBands.js";
import { BandsBar } from "./BandsBar.js";

const EMPTY: BandRow = { min: "", minInclusive: true, max: "", maxInclusive: false, days: "", label: "" };

/** Guarantee bands: budget bounds with their ends, days; gaps and overlaps show before saving. */
export function BandsEditor({ doc }: { doc: DraftDocument }) {
  const { slug, save } = useDraftEdit();
  const setBands = useSetGuaranteeBands();
  const [rows, setRows] = useState<BandRow[]>(() => bandRows(doc.guaranteeBands));
  const typed = bandRowErrors(rows);
  const inputs = bandInputs(rows);
  const { problems } = useCheckGuaranteeBands(inputs);
  const shown = inputs ? problems : [];
  const checked = problemsUnder(shown, "guaranteeBands");
  const errorAt = (i: number, field: string) => typed[`${i}.${field}`] ?? checked[`[${i}].${field}`] ?? null;
  const flagged = new Set(shown.flatMap((p) => (/^guaranteeBands\[(\d+)\]\.min$/.exec(p.path) ? [Number(/\d+/.exec(p.path)![0])] : [])));
  const edit = (i: number, changes: Partial<BandRow>) => setRows(rows.map((r, j) => (j === i ? { ...r, ...changes } : r)));

  const onSave = () =>
    void save({
      what: "the guarantee bands",
      touches: [{ area: "GUARANTEE_BAND", key: "*" }],
      send: (revision) => setBands.run({ slug, revision, bands: inputs! }),
    });

  return (
    <form
      className="stack"
      aria-label="Guarantee bands"
      onSubmit={(e) => {
        e.preventDefault();
        onSave();
      }}
    >
      {inputs && inputs.length > 0 && <BandsBar bands={inputs} flagged={flagged} currency={doc.currency} />}
      {shown.length > 0 && (
        <ul className="warning" aria-label="Problems with the bands">
          {shown.map((p) => (
            <li key={p.path + p.message}>{p.message}</li>
          ))}
        </ul>
      )}
      {rows.map((r, i) => (
        <fieldset key={i} className="band-row">
          <legend>Band {i + 1}</legend>
          <Field label="From" error={errorAt(i, "min")}>
            <input className="short" inputMode="decimal" value={r.min} onChange={(e) => edit(i, { min: e.target.value })} />
          </Field>
          <label className="inline">
            <input type="checkbox" checked={r.minInclusive} onChange={(e) => edit(i, { minInclusive: e.target.checked })} /> included
          </label>
          <Field label="To" hint="empty: no upper bound" error={errorAt(i, "max")}>
            <input className="short" inputMode="decimal" value={r.max} onChange={(e) => edit(i, { max: e.target.value })} />
          </Field>
          <label className="inline">
            <input type="checkbox" checked={r.maxInclusive} onChange={(e) => edit(i, { maxInclusive: e.target.checked })} /> included
          </label>
          <Field label="Days" error={errorAt(i, "days")}>
            <input className="short" inputMode="numeric" value={r.days} onChange={(e) => edit(i, { days: e.target.value })} />
          </Field>
          <Field label="As the vendor words it">
            <input value={r.label} onChange={(e) => edit(i, { label: e.target.value })} />
          </Field>
          <button type="button" className="secondary" onClick={() => setRows(rows.filter((_, j) => j !== i))}>
            Remove band {i + 1}
          </button>
        </fieldset>
      ))}
      <p className="actions">
        <button type="button" className="secondary" onClick={() => setRows([...rows, { ...EMPTY, min: rows.at(-1)?.max ?? "0" }])}>
          Add a band
        </button>
        <button type="submit" disabled={inputs === null || setBands.loading}>
          Save the bands
        </button>
      </p>
    </form>
  );
}
