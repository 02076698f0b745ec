import { useState } from "react";
import { errorField, errorMessage } from "../../../shared/error-message.js";

/** Runs a mutation-backed action, keeping its failure in the server's words (and the field it names) to show beside it. */
export function useAction() {
  const [failed, setFailed] = useState<{ message: string | null; field: string | null } | null>(null);
  const run = async (action: () => Promise<unknown>): Promise<boolean> => {
    setFailed(null);
    try {
      await action();
      return true;
    } catch (err) {
      setFailed({ message: errorMessage(err), field: errorField(err) });
      return false;
    }
  };
  return { run, failure: failed?.message ?? null, failureField: failed?.field ?? null };
}
