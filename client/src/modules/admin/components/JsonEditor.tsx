import { useState } from "react";
import type { DraftDocument } from "../forms/draft-document.js";
import { useDraftEdit } from "../hooks/useDraftEdit.js";
import { useReplaceDraft } from "../hooks/useReplaceDraft.js";

const EVERYTHING = ["CATALOG", "PLAN", "FEATURE_GROUP", "FEATURE", "CELL", "EXCLUSION", "PRIORITY", "REQUEST_CATEGORY", "GUARANTEE_BAND", "LICENSE_EDITION"].map((area) => ({ area, key: "*" }));

/** The expert's escape hatch: the whole draft in the import format. */
export function JsonEditor({ doc, onMessage }: { doc: DraftDocument; onMessage: (m: { ok: boolean; text: string }) => void }) {
  const { slug, save } = useDraftEdit();
  const { replaceDraft } = useReplaceDraft();
  const [json, setJson] = useState(() => JSON.stringify(doc, null, 2));
  return (
    <form
      className="stack"
      onSubmit={(e) => {
        e.preventDefault();
        let document: unknown;
        try {
          document = JSON.parse(json);
        } catch {
          onMessage({ ok: false, text: "That is not valid JSON" });
          return;
        }
        void save({ what: "the whole draft (JSON)", touches: EVERYTHING, send: (revision) => replaceDraft({ document, slug, revision }) });
      }}
    >
      <p className="muted small">The whole draft in the import format. It must be publishable to be saved; each problem is named with its path.</p>
      <textarea aria-label="Draft as JSON" rows={24} value={json} onChange={(e) => setJson(e.target.value)} spellCheck={false} />
      <button type="submit">Save the draft</button>
    </form>
  );
}
