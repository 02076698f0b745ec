import aimaras from "./demo/aimaras.json" with { type: "json" };
import beesender from "./demo/beesender.json" with { type: "json" };
import pingstreams from "./demo/pingstreams.json" with { type: "json" };
import pipe17 from "./demo/pipe17.json" with { type: "json" };
import proSupportCredits from "./demo/pro-support-credits.json" with { type: "json" };
import tiledesk from "./demo/tiledesk.json" with { type: "json" };

/** The six demo catalogs, built from the vendors' pages in shared/seeds, in the import format. */
export const DEMO_CATALOGS: unknown[] = [pingstreams, tiledesk, proSupportCredits, beesender, aimaras, pipe17];
