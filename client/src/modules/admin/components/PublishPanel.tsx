import { useApolloClient, useQuery } from "@apollo/client/react";
import { useState } from "react";
import { errorMessage } from "../../../shared/error-message.js";
import { DraftChangesDocument } from "../graphql/draft-changes.query.js";
import type { PublishPanelFieldsFragment } from "../graphql/publish-panel.fragment.js";
import { usePublishCatalog } from "../hooks/usePublishCatalog.js";
import { ConfirmDialog } from "./ConfirmDialog.js";

type Problem = PublishPanelFieldsFragment["problems"][number];

function ProblemList({ problems }: { problems: Problem[] }) {
  return (
    <ul className="warning">
      {problems.map((p) => (
        <li key={p.path + p.message}>
          {p.message} <span className="muted small">({p.path})</span>
        </li>
      ))}
    </ul>
  );
}

/**
 * What stops the draft from being published, what publishing changes, and the publish action.
 * Versions are immutable (only a new version fixes a slip), so publishing asks first, naming
 * the version it makes and listing the changes in words.
 */
export function PublishPanel({ draft }: { draft: PublishPanelFieldsFragment }) {
  const { slug, publishedVersion, nextVersion } = draft;
  const changes = useQuery(DraftChangesDocument, {
    variables: { slug, from: publishedVersion ?? 0 },
    skip: publishedVersion === null,
    fetchPolicy: "cache-and-network",
  });
  const client = useApolloClient();
  const { publishCatalog, publishing } = usePublishCatalog();
  const [asking, setAsking] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const blocking = draft.problems.filter((p) => !p.warning);
  const warnings = draft.problems.filter((p) => p.warning);
  const changeList = changes.data?.catalogDiff.changes ?? [];

  const ask = () => {
    setRefusal(null);
    setDone(null);
    setAsking(true);
  };
  const confirm = async () => {
    try {
      const r = await publishCatalog({ slug, revision: draft.revision });
      setAsking(false);
      setDone(`Published version ${r.publishedVersion}: the public page shows it now.`);
    } catch (err) {
      setRefusal(errorMessage(err) ?? "Publishing was refused");
      // Someone may have changed the draft: show its current state. A failed reload shows on the draft's own query.
      void client.refetchQueries({ include: ["Draft", "DraftChanges"] }).catch(() => undefined);
    }
  };

  const whatChanges =
    publishedVersion === null ? (
      <p>Everything: the catalog was never published.</p>
    ) : changeList.length > 0 ? (
      <ul>
        {changeList.map((c, i) => (
          <li key={i}>{c.summary}</li>
        ))}
      </ul>
    ) : (
      <p>{changes.loading ? "Reading the changes…" : `None: the draft reads as version ${publishedVersion}.`}</p>
    );

  return (
    <div className="columns">
      <div className="card">
        <h2>To fix before publishing</h2>
        {blocking.length === 0 ? <p>Nothing: the draft can be published.</p> : <ProblemList problems={blocking} />}
        {warnings.length > 0 && (
          <>
            <h3>Warnings (they do not stop publishing)</h3>
            <ProblemList problems={warnings} />
          </>
        )}
      </div>
      <div className="card">
        <h2>Changes since version {publishedVersion ?? "—"}</h2>
        {whatChanges}
        <button type="button" disabled={!draft.canPublish || publishing} onClick={ask} aria-haspopup="dialog">
          Publish…
        </button>
        {!draft.canPublish && <p className="muted small">Fix the problems above first.</p>}
        {done && (
          <p role="status" className="banner ok">
            {done}
          </p>
        )}
      </div>
      <ConfirmDialog
        open={asking}
        title={`Publish version ${nextVersion}?`}
        confirmLabel={`Publish version ${nextVersion}`}
        busy={publishing}
        error={refusal}
        onConfirm={() => void confirm()}
        onCancel={() => setAsking(false)}
      >
        <p>A published version cannot be changed: only a newer version corrects it. The public page will show it at once.</p>
        <h3>{publishedVersion === null ? "What it publishes" : `What changes since version ${publishedVersion}`}</h3>
        {whatChanges}
        {warnings.length > 0 && (
          <>
            <h3>Warnings it is published with</h3>
            <ProblemList problems={warnings} />
          </>
        )}
      </ConfirmDialog>
    </div>
  );
}
