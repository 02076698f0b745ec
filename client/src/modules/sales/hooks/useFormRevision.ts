import { useState } from "react";

/**
 * The revision of a quote the builder's form started from, as the builder's key. A newer
 * revision (the rep's own save, an admin's approval seen by polling) starts the form afresh
 * at once, unless the rep has typed something not saved yet: then the form and the typing
 * are kept, `behind` says the quote moved on, and `drop` starts afresh when the rep chooses.
 */
export function useFormRevision(quote: { id: string; lockVersion: number } | null) {
  const [dirty, setDirty] = useState(false);
  const [started, setStarted] = useState<{ id: string | null; version: number | null } | null>(null);
  const id = quote?.id ?? null;
  const version = quote?.lockVersion ?? null;
  const moved = started !== null && (started.id !== id || started.version !== version);
  // Another quote always starts afresh; a newer revision of this one only when nothing is unsaved.
  if (started === null || (moved && (started.id !== id || !dirty))) setStarted({ id, version });
  const shown = started ?? { id, version };
  return {
    key: shown.id === null ? "new" : `${shown.id}@${shown.version}`,
    behind: moved && started.id === id && dirty,
    setDirty,
    drop: () => {
      setDirty(false);
      setStarted({ id, version });
    },
  };
}
