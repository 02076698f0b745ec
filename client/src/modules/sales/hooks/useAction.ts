import { useState } from "react";
import { errorMessage } from "../../../shared/error-message.js";

/** Runs a mutation-backed action, keeping its failure in the server's words to show beside it. */
export function useAction() {
  const [failure, setFailure] = useState<string | null>(null);
  const run = async (action: () => Promise<unknown>): Promise<boolean> => {
    setFailure(null);
    try {
      await action();
      return true;
    } catch (err) {
      setFailure(errorMessage(err));
      return false;
    }
  };
  return { run, failure };
}
