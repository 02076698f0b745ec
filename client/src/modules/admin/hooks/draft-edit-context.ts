import { createContext } from "react";
import type { DraftDocument } from "../forms/draft-document.js";
import type { ServerProblem } from "../forms/server-problems.js";

/** A part of the catalog an edit changes: a `CatalogChange` area and key, and for a plan the field. */
export interface Touch {
  area: string;
  key: string;
  field?: string;
}

/** One edit as typed, kept until it is saved: it can be sent again on a newer revision. */
export interface PendingEdit {
  /** What it changes, in words: "the response target of Business for P1". */
  what: string;
  /** The parts of the catalog it changes (area and key, as `CatalogChange` names them), to tell which one conflicts. */
  touches: Touch[];
  /** Sends the edit on top of the draft as it is now (`doc` at `revision`). */
  send: (revision: number, doc: DraftDocument) => Promise<unknown>;
}

/** How an edit went: saved, refused with problems at their paths, or met someone else's save. */
export type EditOutcome = { saved: true } | { saved: false; problems: ServerProblem[]; conflict: boolean };

export interface DraftEditApi {
  slug: string;
  revision: number;
  save: (edit: PendingEdit) => Promise<EditOutcome>;
}

export const DraftEditContext = createContext<DraftEditApi | null>(null);
