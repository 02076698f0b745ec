import { useQuery } from "@apollo/client/react";
import { useState } from "react";
import { errorMessage } from "../../../shared/error-message.js";
import { Link } from "../../../shared/router.js";
import type { DraftDocument as Doc } from "../forms/draft-document.js";
import { DraftDocument as DraftQuery } from "../graphql/draft.query.js";
import { DraftEditContext, type PendingEdit } from "../hooks/draft-edit-context.js";
import { useDraftSaver } from "../hooks/useDraftSaver.js";
import { useEditorMemory } from "../hooks/useKeptDraft.js";
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
import { PublishPanel } from "./PublishPanel.js";
import { QuoteTermsForm } from "./QuoteTermsForm.js";
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
  const saver = useDraftSaver(() => draft.refetch());
  const [tab, setTab] = useState("matrix");
  const [applying, setApplying] = useState(false);
  // What is typed in the plan and hours forms, and the plan each shows, outlive a switch to another tab.
  const plansMemory = useEditorMemory();
  const hoursMemory = useEditorMemory();

  if (draft.loading && !draft.data) return <p role="status">Loading the draft…</p>;
  if (draft.error || !draft.data) return <p role="alert">{errorMessage(draft.error)}</p>;
  const d = draft.data.catalogDraft;
  const doc = d.document as Doc;
  const { message, setMessage } = saver;
  const save = (edit: PendingEdit) => saver.run(edit, d.revision, doc);

  const applyAgain = async () => {
    if (!saver.conflict) return;
    setApplying(true);
    await save(saver.conflict.edit);
    setApplying(false);
  };

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
          {tab === "plans" && <PlansEditor doc={doc} memory={plansMemory} />}
          {tab === "sla" && <SlaGrid doc={doc} />}
          {tab === "hours" && <CalendarsEditor doc={doc} memory={hoursMemory} />}
          {tab === "guarantee" && <BandsEditor doc={doc} />}
          {tab === "clauses" && <ClausesEditor doc={doc} />}
          {tab === "info" && (
            <>
              <InfoForm doc={doc} />
              <QuoteTermsForm terms={d} />
              <EditionsForm doc={doc} />
            </>
          )}
          {tab === "json" && <JsonEditor doc={doc} onMessage={setMessage} />}
        </EditorTabs>

        <PublishPanel draft={d} />

        <History slug={slug} />
      </section>
    </DraftEditContext.Provider>
  );
}
