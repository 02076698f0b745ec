import { useQuery } from "@apollo/client/react";
import type { FeatureInput, PlanInput } from "../../../__generated__/admin/graphql.js";
import { useState, type FormEvent } from "react";
import { errorMessage } from "../../../shared/error-message.js";
import { Link } from "../../../shared/router.js";
import { DraftDocument as DraftQuery } from "../graphql/draft.query.js";
import { useAddFeature } from "../hooks/useAddFeature.js";
import { useReplaceDraft } from "../hooks/useReplaceDraft.js";
import { useSetCell } from "../hooks/useSetCell.js";
import { useUpdatePlan } from "../hooks/useUpdatePlan.js";
import { History } from "./History.js";
import { PublishPanel } from "./PublishPanel.js";

/**
 * The parts of a draft's JSON document (the `JSON` scalar, in the import format of
 * server/domain/catalog.ts) that the matrix editor reads.
 */
interface DraftDocument {
  name: string;
  currency: string;
  plans: { key: string; name: string; pricing: { kind: string; percent: string | null; amount: string | null; [k: string]: unknown } }[];
  features: {
    key: string;
    label: string;
    type: string;
    /** Set on a derived row: its cells show a plan fact and hold no values. */
    source: { kind: string; priorities: string[] } | null;
    cells: Record<string, { value: unknown; text: string | null; note: string | null }>;
  }[];
  priorities: { key: string; label: string }[];
}

type Feature = DraftDocument["features"][number];
type Cell = Feature["cells"][string];

/** How a cell's value is edited as text, by the row's value type; null = not editable here. */
function cellText(type: string, cell: Cell | undefined): string | null {
  if (!cell) return "";
  const v = cell.value;
  if (type === "LIST") return Array.isArray(v) ? v.join(", ") : "";
  if (type === "TEXT" || type === "NUMBER" || type === "SCHEDULE") return typeof v === "string" ? v : (cell.text ?? "");
  return null;
}

function parseCell(type: string, text: string): unknown {
  if (type === "LIST") return text.split(",").map((s) => s.trim()).filter(Boolean);
  return text.trim();
}

/** The draft of one catalog as a matrix: plans as columns, rows of cells edited in place. */
export function DraftEditor({ slug }: { slug: string }) {
  const draft = useQuery(DraftQuery, { variables: { slug }, fetchPolicy: "cache-and-network" });
  const { setCell } = useSetCell();
  const { updatePlan } = useUpdatePlan();
  const { addFeature } = useAddFeature();
  const { replaceDraft } = useReplaceDraft();
  const [json, setJson] = useState<string | null>(null);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [row, setRow] = useState({ key: "", label: "", valueType: "BOOLEAN" });

  if (draft.loading && !draft.data) return <p role="status">Loading the draft…</p>;
  if (draft.error || !draft.data) return <p role="alert">{errorMessage(draft.error)}</p>;
  const d = draft.data.catalogDraft;
  const doc = d.document as DraftDocument;

  /** Runs an edit on the current revision; a refusal (or someone else's change) is said in words. */
  const edit = async <T,>(run: () => Promise<T>, done?: (result: T) => string) => {
    setMessage(null);
    try {
      const result = await run();
      if (done) setMessage({ ok: true, text: done(result) });
    } catch (err) {
      setMessage({ ok: false, text: errorMessage(err) ?? "The change was refused" });
      await draft.refetch();
    }
  };

  const saveCell = (feature: Feature, planKey: string, value: unknown) =>
    edit(() =>
      setCell({
        slug,
        revision: d.revision,
        featureKey: feature.key,
        planKey,
        cell: value === null ? null : { value, text: null, note: feature.cells[planKey]?.note ?? null },
      }),
    );

  const savePercent = (planIndex: number, text: string) => {
    const plan = doc.plans[planIndex];
    const field = plan.pricing.kind === "FIXED" ? "amount" : "percent";
    if ((plan.pricing[field] ?? "") === text.trim()) return;
    const pricing = { ...plan.pricing, [field]: text.trim() || null };
    return edit(() => updatePlan({ slug, revision: d.revision, key: plan.key, plan: { key: plan.key, name: plan.name, pricing } as PlanInput }));
  };

  const onAddRow = (e: FormEvent) => {
    e.preventDefault();
    // "fact:SLA:p1" adds a row derived from a plan fact; the server computes its cells.
    const [, kind, priority] = row.valueType.split(":");
    const feature = row.valueType.startsWith("fact:")
      ? { key: row.key, label: row.label, source: { kind, priorityKeys: priority ? [priority] : [] } }
      : { key: row.key, label: row.label, valueType: row.valueType };
    void edit(async () => {
      await addFeature({ slug, revision: d.revision, feature: feature as FeatureInput });
      setRow({ key: "", label: "", valueType: row.valueType });
    });
  };
  const shown = (featureKey: string, planKey: string) =>
    d.preview?.features.find((f) => f.key === featureKey)?.cells.find((c) => c.planKey === planKey)?.display ?? "—";

  return (
    <section>
      <p className="crumbs">
        <Link href="/admin">All catalogs</Link>
      </p>
      <h1>{doc.name}</h1>
      <p className="muted">
        Draft revision {d.revision} · {d.publishedVersion ? `published version ${d.publishedVersion}` : "never published"}
      </p>
      {message && (
        <p role={message.ok ? "status" : "alert"} className={message.ok ? "banner ok" : "banner"}>
          {message.text}
        </p>
      )}

      <div className="matrix-wrap">
        <table className="matrix editing">
          <thead>
            <tr>
              <th />
              {doc.plans.map((p) => (
                <th key={p.key} scope="col">
                  {p.name}
                </th>
              ))}
            </tr>
            <tr className="price-row">
              <th scope="row">Price</th>
              {doc.plans.map((p, i) => (
                <td key={p.key}>
                  {p.pricing.kind.startsWith("PERCENT") || p.pricing.kind === "FIXED" ? (
                    <label className="inline">
                      <input
                        className="short"
                        aria-label={`${p.name} ${p.pricing.kind === "FIXED" ? "amount" : "percent"}`}
                        defaultValue={(p.pricing.kind === "FIXED" ? p.pricing.amount : p.pricing.percent) ?? ""}
                        key={`${d.revision}-${p.key}`}
                        onBlur={(e) => void savePercent(i, e.target.value)}
                        onKeyDown={(e) => e.key === "Enter" && (e.target as HTMLInputElement).blur()}
                      />
                      {p.pricing.kind === "FIXED" ? doc.currency : "%"}
                    </label>
                  ) : (
                    <span className="muted">{p.pricing.kind.toLowerCase().replace(/_/g, " ")}</span>
                  )}
                </td>
              ))}
            </tr>
          </thead>
          <tbody>
            {doc.features.map((f) => (
              <tr key={f.key}>
                <th scope="row">{f.label}</th>
                {doc.plans.map((p) => {
                  const cell = f.cells[p.key];
                  const name = `${f.label}, ${p.name}`;
                  if (f.source) {
                    return (
                      <td key={p.key} className="muted" title="Shown from the plan's fact: change the plan to change it">
                        {shown(f.key, p.key)}
                      </td>
                    );
                  }
                  if (f.type === "BOOLEAN") {
                    const value = cell === undefined ? "" : cell.value === true ? "yes" : "no";
                    return (
                      <td key={p.key}>
                        <select
                          aria-label={name}
                          value={value}
                          onChange={(e) => void saveCell(f, p.key, e.target.value === "" ? null : e.target.value === "yes")}
                        >
                          <option value="">—</option>
                          <option value="yes">✓</option>
                          <option value="no">✗</option>
                        </select>
                      </td>
                    );
                  }
                  const text = cellText(f.type, cell);
                  if (text === null) return <td key={p.key} className="muted">{cell?.text ?? JSON.stringify(cell?.value)}</td>;
                  return (
                    <td key={p.key}>
                      <input
                        aria-label={name}
                        defaultValue={text}
                        key={`${d.revision}-${f.key}-${p.key}`}
                        onBlur={(e) => {
                          if (e.target.value === text) return;
                          void saveCell(f, p.key, e.target.value.trim() === "" ? null : parseCell(f.type, e.target.value));
                        }}
                        onKeyDown={(e) => e.key === "Enter" && (e.target as HTMLInputElement).blur()}
                      />
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <form className="figures" onSubmit={onAddRow} aria-label="New row">
        <label>
          Row key
          <input value={row.key} onChange={(e) => setRow({ ...row, key: e.target.value })} placeholder="phone-support" required />
        </label>
        <label>
          Label
          <input value={row.label} onChange={(e) => setRow({ ...row, label: e.target.value })} required />
        </label>
        <label>
          Cells hold
          <select value={row.valueType} onChange={(e) => setRow({ ...row, valueType: e.target.value })}>
            <option value="BOOLEAN">✓ / ✗</option>
            <option value="TEXT">text</option>
            <option value="NUMBER">a number</option>
            <option value="LIST">a list</option>
            <option value="fact:PRICE">the price (from each plan's pricing)</option>
            <option value="fact:SUPPORT_HOURS">the support hours (from each plan's calendar)</option>
            <option value="fact:AUTHORIZED_CONTACTS">the authorized contacts (from each plan)</option>
            {doc.priorities.map((pr) => (
              <option key={pr.key} value={`fact:SLA:${pr.key}`}>
                first response, {pr.label} (from each plan's target)
              </option>
            ))}
          </select>
        </label>
        <button type="submit">Add row</button>
      </form>

      <PublishPanel draft={d} />

      <details
        className="card"
        onToggle={(e) => setJson((e.target as HTMLDetailsElement).open ? JSON.stringify(doc, null, 2) : null)}
      >
        <summary>Edit everything as JSON (plans, pricing rules, calendars, SLA targets, bands, exclusions…)</summary>
        {json !== null && (
          <form
            className="stack"
            onSubmit={(e) => {
              e.preventDefault();
              let document: unknown;
              try {
                document = JSON.parse(json);
              } catch {
                setMessage({ ok: false, text: "That is not valid JSON" });
                return;
              }
              void edit(() => replaceDraft({ document, slug, revision: d.revision }), () => "Saved the draft.");
            }}
          >
            <p className="muted small">The whole draft in the import format. It must be publishable to be saved; each problem is named with its path.</p>
            <textarea aria-label="Draft as JSON" rows={24} value={json} onChange={(e) => setJson(e.target.value)} spellCheck={false} />
            <button type="submit">Save the draft</button>
          </form>
        )}
      </details>

      <History slug={slug} />
    </section>
  );
}
