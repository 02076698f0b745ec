import { useState } from "react";
import { errorCode, errorMessage } from "../../../shared/error-message.js";
import type { DraftDocument } from "../forms/draft-document.js";
import { problemsOf } from "../forms/server-problems.js";
import type { EditOutcome, PendingEdit } from "./draft-edit-context.js";

export interface Conflict {
  edit: PendingEdit;
  /** The revision the edit was made on. */
  since: number;
}

/**
 * Runs edits and keeps what went wrong: a refused edit's message, or, when someone saved
 * first (CONFLICT), the edit itself so it can be applied again on top of their change.
 */
export function useDraftSaver(refetch: () => Promise<unknown>) {
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  const run = async (edit: PendingEdit, revision: number, doc: DraftDocument): Promise<EditOutcome> => {
    setMessage(null);
    try {
      await edit.send(revision, doc);
      setConflict(null);
      setMessage({ ok: true, text: `Saved ${edit.what}.` });
      return { saved: true };
    } catch (err) {
      if (errorCode(err) === "CONFLICT") {
        setConflict({ edit, since: revision });
        await refetch();
        return { saved: false, problems: [], conflict: true };
      }
      const problems = problemsOf(err);
      setMessage({ ok: false, text: errorMessage(err) ?? "The change was refused" });
      return { saved: false, problems, conflict: false };
    }
  };
  return { run, conflict, dismissConflict: () => setConflict(null), message, setMessage };
}
