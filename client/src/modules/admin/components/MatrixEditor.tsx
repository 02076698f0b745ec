import { useRef, useState, type KeyboardEvent } from "react";
import type { DraftFieldsFragment } from "../../../__generated__/admin/graphql.js";
import type { DocFeature, DraftDocument } from "../forms/draft-document.js";
import { useDraftEdit } from "../hooks/useDraftEdit.js";
import { useMoveFeature } from "../hooks/useMoveFeature.js";
import { useRemoveFeature } from "../hooks/useRemoveFeature.js";
import { useSetCell } from "../hooks/useSetCell.js";
import { CellDetails, type CellWords } from "./CellDetails.js";
import { CellEditor } from "./CellEditor.js";
import { GroupList } from "./GroupList.js";
import { NewRowForm } from "./NewRowForm.js";
import { RowDetails } from "./RowDetails.js";

/**
 * The matrix: plans as columns, rows of typed cells. Rows move by drag, by their buttons or
 * by Alt+Arrow keys on the row's handle; a derived row shows the plan fact it comes from.
 */
export function MatrixEditor({ doc, preview }: { doc: DraftDocument; preview: DraftFieldsFragment["preview"] }) {
  const { slug, save } = useDraftEdit();
  const { setCell } = useSetCell();
  const move = useMoveFeature();
  const remove = useRemoveFeature();
  // A ref as well as state: dragover comes before React has re-rendered with the dragged row.
  const draggedRef = useRef<string | null>(null);
  const [dragged, setDraggedState] = useState<string | null>(null);
  const setDragged = (key: string | null) => {
    draggedRef.current = key;
    setDraggedState(key);
  };

  const moveRow = (f: DocFeature, position: number) => {
    if (position < 0 || position >= doc.features.length) return;
    void save({
      what: `the position of the row "${f.label}"`,
      touches: [{ area: "FEATURE", key: f.key }],
      send: (revision) => move.run({ slug, revision, key: f.key, position }),
    });
  };
  const onHandleKey = (e: KeyboardEvent, f: DocFeature, index: number) => {
    if (!e.altKey || (e.key !== "ArrowUp" && e.key !== "ArrowDown")) return;
    e.preventDefault();
    moveRow(f, index + (e.key === "ArrowUp" ? -1 : 1));
  };
  /**
   * A new value drops the vendor's wording of the old one and keeps the notes; new words keep
   * the value.
   */
  const saveCell = async (f: DocFeature, planKey: string, value: unknown, words?: CellWords): Promise<string | null> => {
    const old = f.cells[planKey];
    const cell = words ?? (value === null ? null : { text: null, note: old?.note ?? null, editorNote: old?.editorNote ?? null });
    const outcome = await save({
      what: `the cell "${f.label}" of ${doc.plans.find((p) => p.key === planKey)?.name ?? planKey}`,
      touches: [{ area: "CELL", key: `${f.key}/${planKey}` }],
      send: (revision) => setCell({ slug, revision, featureKey: f.key, planKey, cell: cell && { value, ...cell } }),
    });
    return outcome.saved || outcome.conflict ? null : (outcome.problems[0]?.message ?? "The cell was not saved");
  };
  const shown = (featureKey: string, planKey: string) =>
    preview?.features.find((x) => x.key === featureKey)?.cells.find((c) => c.planKey === planKey)?.display ?? "—";

  return (
    <>
      <p className="muted small">Drag a row by its handle, or focus the handle and press Alt+↑ / Alt+↓, to move it.</p>
      <div className="matrix-wrap">
        <table className="matrix editing">
          <thead>
            <tr>
              <th scope="col">Row</th>
              {doc.plans.map((p) => (
                <th key={p.key} scope="col">
                  {p.name}
                </th>
              ))}
              <th scope="col">Order</th>
            </tr>
          </thead>
          <tbody>
            {doc.features.map((f, i) => (
              <tr
                key={f.key}
                onDragOver={(e) => draggedRef.current && e.preventDefault()}
                onDrop={() => {
                  const from = doc.features.find((x) => x.key === draggedRef.current);
                  setDragged(null);
                  if (from && from.key !== f.key) moveRow(from, i);
                }}
                className={dragged === f.key ? "dragging" : undefined}
              >
                <th scope="row">
                  <span
                    className="handle"
                    role="button"
                    tabIndex={0}
                    draggable
                    aria-label={`Move ${f.label} (Alt+Arrow keys)`}
                    onDragStart={() => setDragged(f.key)}
                    onDragEnd={() => setDragged(null)}
                    onKeyDown={(e) => onHandleKey(e, f, i)}
                  >
                    ⠿
                  </span>{" "}
                  {f.label}
                  {f.group && <span className="badge">{doc.featureGroups.find((g) => g.key === f.group)?.label ?? f.group}</span>}
                  {f.source && <span className="badge">from each plan's {preview?.features.find((x) => x.key === f.key)?.source?.summary ?? f.source.kind.toLowerCase()}</span>}
                </th>
                {doc.plans.map((p) =>
                  f.source ? (
                    <td key={p.key} className="muted" title="Shown from the plan's fact: change the plan to change it">
                      {shown(f.key, p.key)}
                    </td>
                  ) : (
                    <td key={p.key}>
                      <CellEditor feature={f} planKey={p.key} planName={p.name} onSave={(v) => saveCell(f, p.key, v)} />
                      {f.cells[p.key] && (
                        <CellDetails
                          key={JSON.stringify(f.cells[p.key])}
                          feature={f}
                          cell={f.cells[p.key]}
                          planName={p.name}
                          onSave={(words) => saveCell(f, p.key, f.cells[p.key].value, words)}
                        />
                      )}
                    </td>
                  ),
                )}
                <td className="row-actions">
                  <RowDetails feature={f} groups={doc.featureGroups} />
                  <button type="button" className="icon" aria-label={`Move ${f.label} up`} disabled={i === 0} onClick={() => moveRow(f, i - 1)}>
                    ↑
                  </button>
                  <button type="button" className="icon" aria-label={`Move ${f.label} down`} disabled={i === doc.features.length - 1} onClick={() => moveRow(f, i + 1)}>
                    ↓
                  </button>
                  <button
                    type="button"
                    className="icon"
                    aria-label={`Remove ${f.label}`}
                    onClick={() =>
                      void save({ what: `the removal of the row "${f.label}"`, touches: [{ area: "FEATURE", key: f.key }], send: (revision) => remove.run({ slug, revision, key: f.key }) })
                    }
                  >
                    ✕
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <NewRowForm doc={doc} />
      <GroupList doc={doc} />
    </>
  );
}
