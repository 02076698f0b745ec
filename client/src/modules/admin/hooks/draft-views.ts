/** The queries that show a draft; every draft edit reads them again. */
export const DRAFT_VIEWS = ["Draft", "DraftChanges", "CatalogAudit", "VersionDiff"];
