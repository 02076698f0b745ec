import { useEffect, useRef, useState } from "react";

/** Unsaved forms by plan key, kept while the editor shows another plan. */
export type KeptDrafts = Map<string, unknown>;

/** A store of unsaved forms that lives as long as the editor that owns it. */
export function useKeptDrafts(): KeptDrafts {
  return useRef<KeptDrafts>(new Map()).current;
}

/**
 * What a form kept for `key` when it was last shown, and keeps it again on each render while
 * it differs from what is saved (`dirty`); a form with nothing unsaved keeps nothing, so it
 * opens on the draft as it is then.
 */
export function useKeptDraft<T>(kept: KeptDrafts | undefined, key: string, value: T, dirty: boolean) {
  useEffect(() => {
    if (!kept) return;
    if (dirty) kept.set(key, value);
    else kept.delete(key);
  });
}

/** The form a plan's editor kept, if any. */
export const keptFor = <T>(kept: KeptDrafts | undefined, key: string): T | undefined => kept?.get(key) as T | undefined;

/** The plan an editor shows and the unsaved forms of its plans (typing in one plan's form is kept while another is shown). */
export interface EditorMemory {
  kept: KeptDrafts;
  picked: string;
  setPicked: (key: string) => void;
}

/** An editor's memory; `first`: the plan shown first (none: the catalog's first plan). */
export function useEditorMemory(first = ""): EditorMemory {
  const [picked, setPicked] = useState(first);
  return { kept: useKeptDrafts(), picked, setPicked };
}
