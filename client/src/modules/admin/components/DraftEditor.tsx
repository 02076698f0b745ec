import { useQuery } from "@apollo/client/react";
import { useState } from "react";
import { errorMessage } from "../../../shared/error-message.js";
import { Link } from "../../../shared/router.js";
import type { DraftDocument as Doc } from "../forms/draft-document.js";
import { DraftChangesDocument } from "../graphql/draft-changes.query.js";
import { DraftDocument as DraftQuery } from "../graphql/draft.query.js";
import { DraftEditContext, type PendingEdit } from "../hooks/draft-edit-context.js";
import { useDraftSaver } from "../hooks/useDraftSaver.js";
import { usePublishCatalog } from "../hooks/usePublishCatalog.js";
import { BandsEditor } from "./BandsEditor.js";
import { CalendarsEditor } from "./CalendarsEditor.js";
import { ClausesEditor } from "./ClausesEditor.js";
import { ConflictPanel } from "./ConflictPanel.js";
import { EditionsForm } from "./EditionsForm.js";
import { EditorTabs } from "./EditorTabs.js";
import { History } from "./History.js";
import { InfoForm } from "./InfoForm.js";
import { JsonEditor } from "./JsonEditor.js";
import { MatrixEditor } from "./MatrixEditor.js";
import { PlansEditor } from "./PlansEditor.js";
import { SlaGrid } from "./SlaGrid.js";

const TABS = [
  { id: "matrix", label: "Rows and cells" },
  { id: "plans", label: "Plans and prices" },
  { id: "sla", label: "Response times" },
  { id: "hours", label: "Support hours" },
  { id: "guarantee", label: "Guarantee" },
  { id: "clauses", label: "Priorities, clauses, requests" },
  { id: "info", label: "Catalog" },
  { id: "json", label: "JSON" },
];

/** The draft of one catalog, edited part by part; what is left to fix, the changes, publish. */
export function DraftEditor({ slug }: { slug: string }) {
  const draft = useQuery(DraftQuery, { variables: { slug }, fetchPolicy: "cache-and-network" });
  const published = draft.data?.catalogDraft.publishedVersion ?? null;
  const changes = useQuery(DraftChangesDocument, {
    variables: { slug, from: published ?? 0 },
    skip: published === null,
    fetchPolicy: "cache-and-network",
  });
  const { publishCatalog, publishing } = usePublishCatalog();
  const saver = useDraftSaver(() => draft.refetch());
  const [tab, setTab] = useState("matrix");
  const [applying, setApplying] = useState(false);

  if (draft.loading && !draft.data) return <p role="status">Loading the draft…</p>;
  if (draft.error || !draft.data) return <p role="alert">{errorMessage(draft.error)}</p>;
  const d = draft.data.catalogDraft;
  const doc = d.document as Doc;
  const { message, setMessage } = saver;
  const save = (edit: PendingEdit) => saver.run(edit, d.revision, doc);

  /** Runs an action on the current revision; a refusal (or someone else's change) is said in words. */
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
  const applyAgain = async () => {
    if (!saver.conflict) return;
    setApplying(true);
    await save(saver.conflict.edit);
    setApplying(false);
  };
  const blocking = d.problems.filter((p) => !p.warning);

  return (
    <DraftEditContext.Provider value={{ slug, revision: d.revision, save }}>
      <section className="draft-editor">
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
        {saver.conflict && <ConflictPanel slug={slug} conflict={saver.conflict} onApply={() => void applyAgain()} onDiscard={saver.dismissConflict} applying={applying} />}

        <EditorTabs tabs={TABS} current={tab} onSelect={setTab}>
          {tab === "matrix" && <MatrixEditor doc={doc} preview={d.preview} />}
          {tab === "plans" && <PlansEditor doc={doc} />}
          {tab === "sla" && <SlaGrid doc={doc} />}
          {tab === "hours" && <CalendarsEditor doc={doc} />}
          {tab === "guarantee" && <BandsEditor doc={doc} />}
          {tab === "clauses" && <ClausesEditor doc={doc} />}
          {tab === "info" && (
            <>
              <InfoForm doc={doc} />
              <EditionsForm doc={doc} />
            </>
          )}
          {tab === "json" && <JsonEditor doc={doc} onMessage={setMessage} />}
        </EditorTabs>

        <div className="columns">
          <div className="card">
            <h2>To fix before publishing</h2>
            {d.problems.length === 0 ? (
              <p>Nothing: the draft can be published.</p>
            ) : (
              <ul className="warning">
                {d.problems.map((p) => (
                  <li key={p.path + p.message}>
                    {p.warning && <strong>Warning (does not stop publishing): </strong>}
                    {p.message} <span className="muted small">({p.path})</span>
                  </li>
                ))}
              </ul>
            )}
          </div>
          <div className="card">
            <h2>Changes since version {d.publishedVersion ?? "—"}</h2>
            {d.publishedVersion === null ? (
              <p>Everything: the catalog was never published.</p>
            ) : changes.data?.catalogDiff.changes.length ? (
              <ul>
                {changes.data.catalogDiff.changes.map((c, i) => (
                  <li key={i}>{c.summary}</li>
                ))}
              </ul>
            ) : (
              <p>None.</p>
            )}
            <button
              disabled={blocking.length > 0 || publishing}
              onClick={() =>
                void edit(
                  () => publishCatalog({ slug, revision: d.revision }),
                  (r) => `Published version ${r.publishedVersion}: the public page shows it now.`,
                )
              }
            >
              Publish
            </button>
          </div>
        </div>

        <History slug={slug} />
      </section>
    </DraftEditContext.Provider>
  );
}
