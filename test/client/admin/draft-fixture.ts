import type { DocPlan } from "../../../client/src/modules/admin/forms/draft-document.js";

/** A plan of a draft as the editors read it: priced on request, no hours, nothing else stated. */
export const docPlan = (key: string, name: string, changes: Record<string, unknown> = {}): DocPlan =>
  ({
    key,
    name,
    tagline: null,
    description: null,
    forYouIf: [],
    availability: ["BASE"],
    addOnTo: [],
    includedWith: null,
    pricing: { kind: "QUOTE_BASED", percent: null, amount: null, period: "YEAR", minimum: null, maximum: null, guidance: null, packs: [], note: null, editorNote: null },
    calendar: null,
    limits: [],
    requiresEdition: [],
    sla: {},
    authorizedContacts: null,
    notes: [],
    ...changes,
  }) as unknown as DocPlan;
